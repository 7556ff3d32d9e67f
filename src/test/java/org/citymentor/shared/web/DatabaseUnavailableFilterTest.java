package org.citymentor.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "try again" page while the database is down, with a collaborator that fails the way
 * Spring, Hikari and the PostgreSQL driver fail when the server is gone.
 */
class DatabaseUnavailableFilterTest {

	private boolean databaseAnswers = true;

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.addFilters(new DatabaseUnavailableFilter(templates(), new LanguageResolver(), () -> this.databaseAnswers))
		.build();

	@Test
	void aLostConnectionAnswers503WithRetryAfterAndAFriendlyPage() throws Exception {
		String html = this.mvc.perform(get("/connection"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("CityMentor cannot reach its database", "Try again in a minute",
				"your last change may not have been saved");
		assertThat(html).doesNotContain("Exception", "at org.", "SQL");
	}

	@Test
	void aSaveDuringTheOutageGetsThePageInTheReadersLanguage() throws Exception {
		String html = this.mvc.perform(post("/save").header("Accept-Language", "nl-BE,nl;q=0.9"))
			.andExpect(status().isServiceUnavailable())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("CityMentor kan zijn databank niet bereiken", "lang=\"nl\"");
	}

	@Test
	void aTransactionThatCannotStartAndAServerShuttingDownAreOutagesToo() throws Exception {
		this.mvc.perform(get("/transaction")).andExpect(status().isServiceUnavailable());
		this.mvc.perform(get("/shutdown")).andExpect(status().isServiceUnavailable());
		this.mvc.perform(get("/commit")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void aRollbackOnAConnectionTheServerClosedIsAnOutageWhenTheDatabaseIsGone() throws Exception {
		this.databaseAnswers = false;
		this.mvc.perform(post("/rollback")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void otherFailuresAreNotDisguisedAsAnOutage() {
		assertThatThrownBy(() -> this.mvc.perform(post("/rollback"))).hasRootCauseMessage("Connection is closed");
		assertThatThrownBy(() -> this.mvc.perform(get("/bug"))).isInstanceOf(ServletException.class)
			.hasRootCauseInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.mvc.perform(get("/syntax"))).hasRootCauseInstanceOf(SQLException.class);
		assertThat(DatabaseUnavailableFilter
			.databaseUnreachable(new OptimisticLockingFailureException("stale", new SQLTransientConnectionException())))
			.isFalse();
	}

	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	@RestController
	static class FailingController {

		@GetMapping("/connection")
		String connection() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

		@PostMapping("/save")
		String save() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLException("Connection to localhost:5432 refused", "08001"));
		}

		@GetMapping("/transaction")
		String transaction() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new SQLException("I/O error", "08006"));
		}

		@GetMapping("/shutdown")
		String shutdown() {
			throw new RuntimeException(
					new SQLException("terminating connection due to administrator command", "57P01"));
		}

		@GetMapping("/commit")
		String commit() {
			throw new TransactionSystemException("Could not commit",
					new SQLException("An I/O error occurred", "08006"));
		}

		@PostMapping("/rollback")
		String rollback() {
			throw new TransactionSystemException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed"));
		}

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("a bug");
		}

		@GetMapping("/syntax")
		String syntax() {
			throw new RuntimeException(new SQLException("syntax error", "42601"));
		}

	}

}
