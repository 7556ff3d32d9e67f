package org.citymentor.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Decides once per test JVM which PostgreSQL the tests use: Testcontainers when a Docker
 * engine answers, else the embedded PostgreSQL of the main code. Never H2.
 */
public final class DockerAvailable implements Condition {

	private static final Logger log = LoggerFactory.getLogger(DockerAvailable.class);

	private static Boolean available;

	public static synchronized boolean check() {
		if (available == null) {
			boolean found;
			try {
				found = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				found = false;
			}
			available = found;
			log.info(found ? "Test database: PostgreSQL 15 in a Testcontainers container (Docker engine found)"
					: "Test database: embedded PostgreSQL 15 (no Docker engine answered)");
		}
		return available;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return check();
	}

}
