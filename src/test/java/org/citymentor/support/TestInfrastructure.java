package org.citymentor.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.util.TestSocketUtils;

/**
 * The database and the mail server every test context shares: one of each per test JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	private static PostgreSQLContainer container;

	private static GreenMail greenMail;

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		synchronized (TestInfrastructure.class) {
			if (container == null) {
				container = new PostgreSQLContainer("postgres:15-alpine");
			}
			return container;
		}
	}

	@Bean(destroyMethod = "")
	GreenMail greenMail() {
		synchronized (TestInfrastructure.class) {
			if (greenMail == null) {
				greenMail = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), null, "smtp"));
				greenMail.start();
			}
			return greenMail;
		}
	}

	@Bean
	DynamicPropertyRegistrar mailProperties(GreenMail greenMail) {
		return (registry) -> {
			registry.add("spring.mail.host", () -> "localhost");
			registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		};
	}

}
