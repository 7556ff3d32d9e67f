package org.citymentor.shared.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server started from the binaries on the class path, kept in a data
 * directory across restarts. One server per directory per JVM, so several Spring contexts
 * in one test run share a database.
 */
public final class EmbeddedPostgresServer {

	static final String DATABASE = "citymentor";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private final EmbeddedPostgres postgres;

	private final Path home;

	private final Path dataDirectory;

	// held open until stop(); if the JVM dies first, the operating system releases the
	// lock
	private final FileChannel lockChannel;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path home, Path dataDirectory, FileChannel lockChannel) {
		this.postgres = postgres;
		this.home = home;
		this.dataDirectory = dataDirectory;
		this.lockChannel = lockChannel;
	}

	public static EmbeddedPostgresServer start(Path directory, boolean resetOnStart) {
		return start(directory, resetOnStart, true);
	}

	/**
	 * Starts (or returns the running) server; {@code durable} false skips fsync for test
	 * data.
	 */
	public static synchronized EmbeddedPostgresServer start(Path directory, boolean resetOnStart, boolean durable) {
		Path home = directory.toAbsolutePath().normalize();
		EmbeddedPostgresServer running = RUNNING.get(home);
		if (running != null) {
			return running;
		}
		try {
			EmbeddedPostgresServer server = startNew(home, resetOnStart, durable);
			RUNNING.put(home, server);
			return server;
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException(
					"Could not start the embedded PostgreSQL in " + home + ": " + ex.getMessage(), ex);
		}
	}

	private static EmbeddedPostgresServer startNew(Path home, boolean resetOnStart, boolean durable)
			throws IOException, SQLException {
		Files.createDirectories(home);
		FileChannel channel = FileChannel.open(home.resolve("citymentor.lock"), java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IOException("another CityMentor process uses this data directory; stop it or set "
					+ "CITYMENTOR_DATA_DIR to another directory");
		}
		EmbeddedPostgres postgres = null;
		try {
			Path dataDirectory = home.resolve("postgres");
			if (resetOnStart) {
				FileSystemUtils.deleteRecursively(dataDirectory);
			}
			StalePostmaster.clear(dataDirectory);
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// the library turns fsync off for fast tests; typed data must survive a
				// power cut here
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			createDatabaseIfMissing(postgres);
			return new EmbeddedPostgresServer(postgres, home, dataDirectory, channel);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			// a failed start must not keep the directory locked for a retry in this JVM
			if (postgres != null) {
				postgres.close();
			}
			channel.close();
			throw ex;
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8'");
			log.info("Created database '{}' in the embedded PostgreSQL", DATABASE);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	public String username() {
		return "postgres";
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Stops PostgreSQL and releases the data directory, so a later {@link #start} on the
	 * same directory starts a new server.
	 */
	void stop() throws IOException {
		synchronized (EmbeddedPostgresServer.class) {
			RUNNING.remove(this.home, this);
			try {
				this.postgres.close();
			}
			finally {
				this.lockChannel.close();
			}
		}
	}

	/**
	 * Reads a leftover {@code postmaster.pid} and stops the server a crashed run left
	 * behind.
	 */
	static final class StalePostmaster {

		private StalePostmaster() {
		}

		static void clear(Path dataDirectory) throws IOException {
			Path pidFile = dataDirectory.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return;
			}
			long pid;
			try (RandomAccessFile file = new RandomAccessFile(pidFile.toFile(), "r")) {
				String first = file.readLine();
				pid = (first != null) ? Long.parseLong(first.trim()) : -1;
			}
			catch (NumberFormatException ex) {
				pid = -1;
			}
			Optional<ProcessHandle> process = (pid > 0) ? ProcessHandle.of(pid) : Optional.empty();
			if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
				log.warn("Stopping PostgreSQL (pid {}) left running by an earlier CityMentor process", pid);
				process.get().destroy();
				try {
					process.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					process.get().destroyForcibly();
				}
			}
			Files.deleteIfExists(pidFile);
		}

		private static boolean isPostgres(ProcessHandle process) {
			return process.info().command().map((command) -> command.contains("postgres")).orElse(true);
		}

	}

}
