package org.citymentor.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param directory data directory, kept across restarts
 * @param resetOnStart wipe the data on start (tests only)
 * @param fast skip fsync for throw-away test data (tests only)
 */
@ConfigurationProperties("citymentor.embedded-database")
public record EmbeddedDatabaseProperties(Path directory, boolean resetOnStart, boolean fast) {

	public EmbeddedDatabaseProperties {
		if (directory == null) {
			directory = Path.of("data");
		}
	}

}
