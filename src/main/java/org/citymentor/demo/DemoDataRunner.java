package org.citymentor.demo;

import org.citymentor.shared.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once: on by default with the embedded database, off with an
 * external one, forced either way by {@code citymentor.demo-data=true|false}.
 */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final String setting;

	private final ObjectProvider<EmbeddedPostgresServer> embedded;

	private final DemoData demoData;

	DemoDataRunner(@Value("${citymentor.demo-data:auto}") String setting,
			ObjectProvider<EmbeddedPostgresServer> embedded, DemoData demoData) {
		this.setting = setting;
		this.embedded = embedded;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean wanted = switch (this.setting.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> this.embedded.getIfAvailable() != null;
		};
		if (!wanted) {
			return;
		}
		if (this.demoData.isLoaded()) {
			log.info("Demo data: already loaded");
			return;
		}
		this.demoData.load();
		log.info("Demo data: loaded. Sign in as admin@example.org with the password {}", DemoData.PASSWORD);
	}

}
