package org.citymentor.needs;

import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.group.Groups;
import org.citymentor.organisation.Organisations;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes a {@link FormFixture} for a test and sends requests as one of its people (a
 * test-only bean of the shared context).
 */
@Component
public class FormFixtures {

	private final Groups groups;

	private final Organisations organisations;

	private final GroupMembers members;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final ObjectProvider<MockMvc> mvc;

	private final UserDetailsService users;

	FormFixtures(Groups groups, Organisations organisations, GroupMembers members, AccountService accounts,
			JdbcClient jdbc, ObjectProvider<MockMvc> mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = users;
		this.groups = groups;
		this.organisations = organisations;
		this.members = members;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** The request, signed in as this person, with a CSRF token. */
	public ResultActions as(TestAccount who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.getObject()
			.perform(request.with(user(this.users.loadUserByUsername(who.email()))).with(csrf()));
	}

	/** A page this person may see, as HTML. */
	public String page(TestAccount who, String path) throws Exception {
		return as(who, get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	public FormFixture create() {
		return FormFixture.create(this.groups, this.organisations, this.members, this.accounts, this.jdbc);
	}

}
