package org.citymentor.shared.web;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A create form sent twice with the same one-time token makes one record. */
@CityMentorTest
class FormTokensTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	FormFixture f;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
	}

	@Test
	void theNewVisitFormCarriesATokenAndASecondPostWithItCreatesNothing() throws Exception {
		String page = this.fixtures.as(this.f.mentor(), get("/groups/" + this.f.groupId() + "/visits/new"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = page.replaceAll("(?s).*name=\"_formToken\" value=\"([^\"]+)\".*", "$1");
		assertThat(token).hasSize(36);

		String first = this.fixtures.as(this.f.mentor(), visit(token))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.fixtures.as(this.f.mentor(), visit(token))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(visits()).isEqualTo(1);
		assertThat(second).isEqualTo(first);
		assertThat(second).as("the second POST is sent to the visit the first one created")
			.startsWith("/groups/" + this.f.groupId() + "/visits/");
	}

	@Test
	void aFormWithErrorsGivesItsTokenBackSoTheCorrectedFormIsSaved() throws Exception {
		String token = "token-of-a-form-with-errors-" + this.f.groupId();
		this.fixtures.as(this.f.mentor(), visit(token).param("startYear", "not a year")).andExpect(status().is(422));
		this.fixtures.as(this.f.mentor(), visit(token)).andExpect(status().is3xxRedirection());
		assertThat(visits()).isEqualTo(1);
	}

	private long visits() {
		return this.jdbc.sql("select count(*) from visit where group_id = ?")
			.param(this.f.groupId())
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder visit(String token) {
		return post("/groups/" + this.f.groupId() + "/visits/new").with(csrf())
			.param(FormTokens.PARAMETER, token)
			.param("number", "1")
			.param("hostOrganisationId", String.valueOf(this.f.menteeCity()))
			.param("mode", "ON_SITE")
			.param("startDay", "13")
			.param("startMonth", "6")
			.param("startYear", "2027")
			.param("endDay", "14")
			.param("endMonth", "6")
			.param("endYear", "2027")
			.param("timeZone", "Europe/Rome")
			.param("purpose", "Sketch the context")
			.param("status", "PLANNED");
	}

}
