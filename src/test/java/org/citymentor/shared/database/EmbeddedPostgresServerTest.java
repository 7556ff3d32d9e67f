package org.citymentor.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps what was written across restarts and is not stopped by a
 * {@code postmaster.pid} that an earlier run left behind.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path home;

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws Exception {
		EmbeddedPostgresServer first = EmbeddedPostgresServer.start(this.home, false);
		try {
			execute(first, "create table note (text varchar(100))", "insert into note values ('kept')");
		}
		finally {
			first.stop();
		}

		EmbeddedPostgresServer second = EmbeddedPostgresServer.start(this.home, false);
		try {
			assertThat(second).isNotSameAs(first);
			assertThat(queryText(second, "select text from note")).isEqualTo("kept");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void aPostmasterPidOfAProcessThatIsGoneDoesNotStopTheNextStart() throws Exception {
		Path pidFile = initialisedDataDirectory().resolve("postmaster.pid");
		Process gone = new ProcessBuilder("true").start();
		assertThat(gone.waitFor(10, TimeUnit.SECONDS)).isTrue();
		Files.writeString(pidFile, gone.pid() + "\n" + pidFile.getParent() + "\n");

		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.home, false);
		try {
			assertThat(queryText(server, "select current_database()")).isEqualTo("citymentor");
			assertThat(Files.readString(pidFile)).doesNotStartWith(gone.pid() + "\n");
		}
		finally {
			server.stop();
		}
	}

	@Test
	void aPostmasterPidOfAnotherLivingProcessDoesNotStopTheNextStart() throws Exception {
		Path pidFile = initialisedDataDirectory().resolve("postmaster.pid");
		// after a crash and a reboot the PID in the file may belong to another, living
		// process: PostgreSQL itself would refuse to start then
		Process stranger = new ProcessBuilder("sleep", "120").start();
		try {
			Files.writeString(pidFile, stranger.pid() + "\n" + pidFile.getParent() + "\n");

			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.home, false);
			try {
				assertThat(queryText(server, "select current_database()")).isEqualTo("citymentor");
				assertThat(stranger.isAlive()).as("the process named in the old pid file is left alone").isTrue();
			}
			finally {
				server.stop();
			}
		}
		finally {
			stranger.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private Path initialisedDataDirectory() throws IOException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.home, false);
		server.stop();
		assertThat(server.dataDirectory().resolve("postmaster.pid")).doesNotExist();
		return server.dataDirectory();
	}

	static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static String queryText(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
	}

}
