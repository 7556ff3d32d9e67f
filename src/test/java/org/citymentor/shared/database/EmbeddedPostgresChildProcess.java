package org.citymentor.shared.database;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A second CityMentor-like JVM for the tests: starts the embedded PostgreSQL on a data
 * directory, writes a row, says {@value #READY} and waits to be killed (at most five
 * minutes, so a forgotten child does not outlive the build for long).
 */
final class EmbeddedPostgresChildProcess {

	static final String READY = "CHILD-READY";

	private EmbeddedPostgresChildProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), false);
		EmbeddedPostgresServerTest.execute(server, "create table note (text varchar(100))",
				"insert into note values ('written before the crash')");
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Duration.ofMinutes(5).toMillis());
	}

	/**
	 * Starts this class in a new JVM with the test class path.
	 */
	static Process start(Path home, Path output) throws java.io.IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresChildProcess.class.getName(), home.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
	}

}
