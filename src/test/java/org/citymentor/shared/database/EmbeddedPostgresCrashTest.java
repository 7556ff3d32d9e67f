package org.citymentor.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Another JVM on the same data directory: refused while it runs, and the PostgreSQL it
 * leaves behind when it is killed is stopped by the next start.
 */
class EmbeddedPostgresCrashTest {

	private static final Duration CHILD_START_LIMIT = Duration.ofSeconds(90);

	@TempDir
	Path home;

	@TempDir
	Path logs;

	private Process child;

	private Long leftoverPostgresPid;

	@AfterEach
	void cleanUp() throws Exception {
		if (this.child != null) {
			this.child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		// never leave a PostgreSQL running on a shared machine, whatever the test did
		Optional<ProcessHandle> leftover = (this.leftoverPostgresPid != null)
				? ProcessHandle.of(this.leftoverPostgresPid) : Optional.empty();
		if (leftover.isPresent() && leftover.get().isAlive()
				&& leftover.get().info().command().orElse("").contains("postgres")) {
			leftover.get().destroy();
			try {
				leftover.get().onExit().get(10, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				leftover.get().destroyForcibly();
			}
		}
	}

	@Test
	void aSecondProcessOnTheSameDirectoryIsRefusedWithAClearMessage() throws Exception {
		startChild();

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresServer.start(this.home, false))
			.withMessageContaining("another CityMentor process uses this data directory")
			.withMessageContaining("CITYMENTOR_DATA_DIR");
		assertThat(this.child.isAlive()).isTrue();
		assertThat(isRunning(this.leftoverPostgresPid)).as("the first process keeps its PostgreSQL").isTrue();
	}

	@Test
	void postgresLeftRunningByAKilledProcessIsStoppedAndTheNextStartWorks() throws Exception {
		startChild();
		long postgresPid = this.leftoverPostgresPid;

		this.child.destroyForcibly();
		assertThat(this.child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(isRunning(postgresPid)).as("PostgreSQL outlives the killed JVM").isTrue();

		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.home, false);
		try {
			assertThat(EmbeddedPostgresServerTest.queryText(server, "select text from note"))
				.isEqualTo("written before the crash");
			assertThat(isRunning(postgresPid)).as("the leftover PostgreSQL was stopped").isFalse();
			assertThat(postmasterPid()).isNotEqualTo(postgresPid);
		}
		finally {
			server.stop();
		}
	}

	private void startChild() throws IOException, InterruptedException {
		Path output = this.logs.resolve("child.log");
		this.child = EmbeddedPostgresChildProcess.start(this.home, output);
		long deadline = System.nanoTime() + CHILD_START_LIMIT.toNanos();
		while (!Files.readString(output).contains(EmbeddedPostgresChildProcess.READY)) {
			if (!this.child.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("The child JVM did not start PostgreSQL:\n" + Files.readString(output));
			}
			Thread.sleep(100);
		}
		this.leftoverPostgresPid = postmasterPid();
	}

	private long postmasterPid() throws IOException {
		String pidFile = Files.readString(this.home.resolve("postgres").resolve("postmaster.pid"));
		return Long.parseLong(pidFile.lines().findFirst().orElseThrow().trim());
	}

	private static boolean isRunning(long pid) {
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		return process.isPresent() && process.get().isAlive();
	}

}
