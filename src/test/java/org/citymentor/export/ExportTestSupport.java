package org.citymentor.export;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests as a demo account, and programmes of their own for tests that must not touch
 * the demo's figures.
 */
final class ExportTestSupport {

	private ExportTestSupport() {
	}

	static ResultActions as(MockMvc mvc, UserDetailsService users, String email, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(email))));
	}

	static long id(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** A programme coordinated by CEMR, with IncluCities' coordinator as coordinator. */
	static long programme(JdbcClient jdbc, String label) {
		long cemr = id(jdbc, "select id from organisation where name like 'Council of European%'");
		long programme = jdbc.sql(
				"insert into programme (name, coordinating_organisation_id, format) values (?, ?, 'BILATERAL') returning id")
			.params(label + " " + UUID.randomUUID().toString().substring(0, 6), cemr)
			.query(Long.class)
			.single();
		jdbc.sql("insert into programme_coordinator (programme_id, user_id) "
				+ "select ?, id from app_user where email = 'coordinator@cemr.example.org'")
			.param(programme)
			.update();
		return programme;
	}

}
