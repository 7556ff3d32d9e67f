package org.citymentor.matching;

import java.util.List;
import java.util.UUID;

import org.citymentor.account.AccountService;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cities of their own with an officer each, and requests as a person (test-only bean of
 * the shared context). Calls are opened in IncluCities by its demo coordinator.
 */
@Component
public class MatchingFixtures {

	public static final String COORDINATOR = "coordinator@cemr.example.org";

	private final Organisations organisations;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final ObjectProvider<MockMvc> mvc;

	private final UserDetailsService users;

	MatchingFixtures(Organisations organisations, AccountService accounts, JdbcClient jdbc, ObjectProvider<MockMvc> mvc,
			UserDetailsService users) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mvc = mvc;
		this.users = users;
	}

	/** An officer of a new city of their own. */
	public City city(String label, String country, String language) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long id = this.organisations.create(new OrganisationData(label + " " + suffix, OrganisationKind.CITY, country,
				null, null, List.of(language)), null);
		String email = TestAccount.uniqueEmail(label.toLowerCase(java.util.Locale.ROOT));
		long user = this.accounts.createAccount(email, "Officer of " + label, Role.MEMBER, "en", id,
				TestAccount.PASSWORD);
		return new City(id, label + " " + suffix,
				new TestAccount(user, email, "Officer of " + label, TestAccount.PASSWORD));
	}

	public record City(long id, String name, TestAccount officer) {
	}

	public ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.getObject().perform(request.with(user(this.users.loadUserByUsername(email))).with(csrf()));
	}

	public ResultActions as(TestAccount who, MockHttpServletRequestBuilder request) throws Exception {
		return as(who.email(), request);
	}

	public long programme(String name) {
		return this.jdbc.sql("select id from programme where name = ?").param(name).query(Long.class).single();
	}

	public long theme(String code) {
		return this.jdbc.sql("select id from theme where code = ?").param(code).query(Long.class).single();
	}

	/** Opens a call in IncluCities as its coordinator; its id. */
	public long openCall(String title, String deadline, boolean acceptance) throws Exception {
		long programme = programme("IncluCities");
		as(COORDINATOR,
				post("/programmes/" + programme + "/calls").param("title", title)
					.param("deadline", deadline)
					.param("themeIds", String.valueOf(theme("social-cohesion")))
					.param("open", "true")
					.param("acceptanceRequired", String.valueOf(acceptance)))
			.andExpect(status().isFound());
		return this.jdbc.sql("select id from matching_call where title = ?").param(title).query(Long.class).single();
	}

	/** Applies for the officer's city; the application's id. */
	public long apply(long call, City city, String side, String capacity) throws Exception {
		MockHttpServletRequestBuilder request = post("/calls/" + call + "/apply").param("side", side)
			.param("themeIds", String.valueOf(theme("social-cohesion")))
			.param("languages", "en");
		if (capacity != null) {
			request.param("capacity", capacity);
		}
		as(city.officer(), request).andExpect(status().isFound());
		return this.jdbc.sql("select id from call_application where call_id = ? and organisation_id = ? and side = ?")
			.params(call, city.id(), side)
			.query(Long.class)
			.single();
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

}
