package org.citymentor.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once at startup which configured database the app uses (the embedded one says so
 * itself).
 */
@Component
class ExternalDatabaseLogger {

	private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseLogger.class);

	private final ObjectProvider<EmbeddedPostgresServer> embedded;

	private final ObjectProvider<JdbcConnectionDetails> connectionDetails;

	ExternalDatabaseLogger(ObjectProvider<EmbeddedPostgresServer> embedded,
			ObjectProvider<JdbcConnectionDetails> connectionDetails) {
		this.embedded = embedded;
		this.connectionDetails = connectionDetails;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() {
		if (this.embedded.getIfAvailable() == null) {
			JdbcConnectionDetails details = this.connectionDetails.getIfAvailable();
			log.info("Database: external PostgreSQL at {}", (details != null) ? details.getJdbcUrl() : "(unknown)");
		}
	}

}
