package org.citymentor.actionplan;

import java.util.List;
import java.util.UUID;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A mentee city drafts its action plan with parts and actions, submits versions, the
 * mentor comments, the plan is approved and then frozen until an amendment; bad input is
 * refused with the input kept, and nobody loses a row to someone else's edit.
 */
@CityMentorTest
class ActionPlanLifecycleTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanActions actions;

	@Autowired
	PlanApprovals approvals;

	@Autowired
	ActionPlans plans;

	@Autowired
	com.icegreen.greenmail.util.GreenMail greenMail;

	FormFixture f;

	String base;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
		this.base = "/groups/" + this.f.groupId() + "/participants/" + this.f.menteeParticipant() + "/action-plan";
	}

	@Test
	void theMenteeDraftsPartsAndActionsAndSubmitsNumberedVersions() throws Exception {
		long part = startWithPart("Long-term plan");
		String key = addAction(part, "Map the communities", "3", "2027", "9", "2027");
		String page = this.fixtures.page(this.f.mentee(), this.base);
		assertThat(page).contains("A. Long-term plan", "A1. Map the communities", "March 2027 – September 2027",
				"Residents reached: target 40 people");

		submit();
		assertThat(this.fixtures.page(this.f.mentee(), this.base)).contains("Submitted (version 1)");
		// a submitted version cannot change
		this.fixtures
			.as(this.f.mentee(), post(this.base + "/actions/" + key).param("title", "Changed").param("version", "0"))
			.andExpect(redirectedUrl(this.base));
		assertThat(this.actions.content(documentId()).actions().get(0).title()).isEqualTo("Map the communities");

		this.fixtures.as(this.f.mentee(), post(this.base + "/reopen")).andExpect(status().is3xxRedirection());
		long version = this.actions.content(documentId()).action(UUID.fromString(key)).orElseThrow().version();
		this.fixtures
			.as(this.f.mentee(),
					post(this.base + "/actions/" + key).param("title", "Map the communities with them")
						.param("startMonth", "3")
						.param("startYear", "2027")
						.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		addAction(part, "Train buddies", "10", "2027", "", "");
		submit();

		String compare = this.fixtures.page(this.f.mentee(), this.base + "/compare?from=1&to=2");
		assertThat(compare).contains("1 added, 1 changed, 0 removed", "Train buddies", "Map the communities with them");
		String first = this.fixtures.page(this.f.mentee(), this.base + "/versions/1");
		assertThat(first).contains("Map the communities").doesNotContain("Train buddies");
	}

	@Test
	void badInputIsRefusedWithTheTypedValuesKept() throws Exception {
		long part = startWithPart("Pilot");
		String page = this.fixtures
			.as(this.f.mentee(),
					post(this.base + "/plan-parts/" + part + "/actions/new").param("title", "Open a café")
						.param("outcomes", "Tenants meet")
						.param("startMonth", "6")
						.param("startYear", "2027")
						.param("endMonth", "2")
						.param("endYear", "2027")
						.param("funding", "-50")
						.param("indicatorName[0]", "Tenants taking part")
						.param("indicatorTarget[0]", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The end must be the same as or after the start", "Enter an amount of zero or more",
				"Enter a target for this indicator", "value=\"Open a café\"", "Tenants meet", "value=\"-50\"",
				"value=\"Tenants taking part\"");
		assertThat(this.actions.content(documentId()).actions()).isEmpty();

		this.fixtures.as(this.f.mentee(), post(this.base + "/plan-parts/" + part + "/actions/new").param("title", " "))
			.andExpect(status().isUnprocessableContent());
		this.fixtures.as(this.f.mentee(), post(this.base + "/plan-parts").param("title", ""))
			.andExpect(redirectedUrl(this.base + "#add-part"));
	}

	@Test
	void aStaleSaveShowsBothVersionsAndConcurrentAddsKeepEveryRow() throws Exception {
		long part = startWithPart("Plan");
		String key = addAction(part, "First title", "1", "2027", "", "");
		long version = this.actions.content(documentId()).actions().get(0).version();
		// someone else saves the same action first
		this.fixtures
			.as(this.f.mentee(),
					post(this.base + "/actions/" + key).param("title", "Their title")
						.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		String conflict = this.fixtures
			.as(this.f.mentee(),
					post(this.base + "/actions/" + key).param("title", "My title")
						.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("value=\"My title\"", "Their title", "Save my version");
		assertThat(this.actions.content(documentId()).actions().get(0).title()).isEqualTo("Their title");

		// two people adding rows at once both keep theirs
		addAction(part, "Added by one", "", "", "", "");
		addAction(part, "Added by another", "", "", "", "");
		assertThat(this.actions.content(documentId()).actions()).extracting(PlanContent.Action::title)
			.containsExactly("Their title", "Added by one", "Added by another");
	}

	@Test
	void rowsMoveWithinAndBetweenPartsAndAPartWithActionsCannotBeRemoved() throws Exception {
		long a = startWithPart("A part");
		this.fixtures.as(this.f.mentee(), post(this.base + "/plan-parts").param("title", "B part"))
			.andExpect(status().is3xxRedirection());
		long b = this.actions.content(documentId()).parts().get(1).id();
		String one = addAction(a, "One", "", "", "", "");
		addAction(a, "Two", "", "", "", "");
		this.fixtures.as(this.f.mentee(), post(this.base + "/actions/" + one + "/move").param("direction", "down"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.actions.content(documentId()).parts().get(0).actions()).extracting(PlanContent.Action::title)
			.containsExactly("Two", "One");
		this.fixtures
			.as(this.f.mentee(), post(this.base + "/actions/" + one + "/move").param("part", String.valueOf(b)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.actions.content(documentId()).parts().get(1).actions()).extracting(PlanContent.Action::title)
			.containsExactly("One");
		this.fixtures.as(this.f.mentee(), post(this.base + "/plan-parts/" + b + "/remove"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.actions.content(documentId()).parts()).hasSize(2);
		this.fixtures.as(this.f.mentee(), post(this.base + "/actions/" + one + "/remove"))
			.andExpect(status().is3xxRedirection());
		this.fixtures.as(this.f.mentee(), post(this.base + "/plan-parts/" + b + "/remove"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.actions.content(documentId()).parts()).hasSize(1);
	}

	@Test
	void theMentorCommentsOnAnActionAndTheMenteeResolvesIt() throws Exception {
		long part = startWithPart("Plan");
		String key = addAction(part, "Open a café", "", "", "", "");
		// the draft is private until shared: the mentor neither reads nor comments it
		assertThat(this.fixtures.page(this.f.mentor(), this.base)).doesNotContain("Open a café");
		this.fixtures.as(this.f.mentee(), post(this.base + "/share").param("shared", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.page(this.f.mentor(), this.base)).contains("Open a café");
		assertThat(org.citymentor.support.Mailbox.mailsTo(this.greenMail, this.f.mentor())).singleElement()
			.satisfies((mail) -> {
				assertThat(mail.getSubject()).startsWith("Draft action plan of Mentee town");
				assertThat((String) mail.getContent()).contains(this.base).doesNotContain("Open a café");
			});
		this.fixtures
			.as(this.f.mentor(), post(this.base + "/actions/" + key + "/comments").param("body", "Meet monthly?"))
			.andExpect(redirectedUrl(this.base + "#action-" + key));
		assertThat(org.citymentor.support.Mailbox.mailsTo(this.greenMail, this.f.mentee())).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("New comment on the action plan"));
		// the mentor comments but does not edit
		this.fixtures.as(this.f.mentor(), get(this.base + "/actions/" + key)).andExpect(status().isForbidden());
		this.fixtures.as(this.f.mentor(), post(this.base + "/plan-parts").param("title", "Mine"))
			.andExpect(status().isForbidden());
		String page = this.fixtures.page(this.f.mentee(), this.base);
		assertThat(page).contains("Meet monthly?", "Comments: 1 (1 open)");
		long comment = this.jdbc.sql("select id from form_comment where question_key = ?")
			.param("action-" + key)
			.query(Long.class)
			.single();
		this.fixtures.as(this.f.mentor(), post(this.base + "/comments/" + comment + "/resolve"))
			.andExpect(status().isForbidden());
		this.fixtures.as(this.f.mentee(), post(this.base + "/comments/" + comment + "/resolve"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.page(this.f.mentee(), this.base)).contains("Comments: 1 (0 open)");
	}

	@Test
	void anApprovedPlanIsFrozenUntilAnAmendmentWithAReasonMakesANewVersion() throws Exception {
		long part = startWithPart("Plan");
		String key = addAction(part, "Open a café", "", "", "", "");
		submit();
		this.approvals.record(documentId(), 1, PlanApprovals.Body.COUNCIL, null, java.time.LocalDate.of(2026, 3, 1),
				"2026/17", new byte[] { 1 }, this.f.mentee().id(), "Test");
		assertThat(this.plans.ofParticipant(this.f.groupId(), this.f.menteeParticipant()).orElseThrow().frozen())
			.isTrue();
		String page = this.fixtures.page(this.f.mentee(), this.base);
		assertThat(page).contains("Approved (version 1)", "Start an amendment", "approved by the city council");

		this.fixtures.as(this.f.mentee(), post(this.base + "/reopen"))
			.andExpect(redirectedUrl(this.base + "/amendment"));
		this.fixtures.as(this.f.mentee(), post(this.base + "/actions/" + key + "/remove"))
			.andExpect(redirectedUrl(this.base));
		assertThat(this.actions.content(documentId()).actions()).hasSize(1);

		this.fixtures.as(this.f.mentee(), post(this.base + "/amendment").param("reason", " "))
			.andExpect(status().isUnprocessableContent());
		this.fixtures.as(this.f.mentee(), post(this.base + "/amendment").param("reason", "The pilot moves to 2028"))
			.andExpect(redirectedUrl(this.base));
		addAction(part, "Evaluate the café", "", "", "", "");
		submit();
		String v2 = this.fixtures.page(this.f.mentee(), this.base + "/versions/2");
		assertThat(v2).contains("The pilot moves to 2028", "Amendment of the approved plan");
		assertThat(this.plans.ofParticipant(this.f.groupId(), this.f.menteeParticipant()).orElseThrow())
			.satisfies((s) -> {
				assertThat(s.approved()).isEqualTo(1);
				assertThat(s.latest()).isEqualTo(2);
				assertThat(s.frozen()).isFalse();
			});
	}

	@Test
	void coordinatorsReadSubmittedVersionsWithoutCommentsAndOutsidersSeeNothing() throws Exception {
		long part = startWithPart("Plan");
		String key = addAction(part, "Secret draft action", "", "", "", "");
		var coordinator = this.users.loadUserByUsername("coordinator@cemr.example.org");
		String before = this.mvc.perform(get(this.base).with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).doesNotContain("Secret draft action");
		this.mvc.perform(get(this.base + "/check").with(user(coordinator))).andExpect(status().isForbidden());
		this.mvc.perform(post(this.base + "/plan-parts").param("title", "X").with(user(coordinator)).with(csrf()))
			.andExpect(status().isForbidden());
		this.fixtures.as(this.f.mentee(), post(this.base + "/share").param("shared", "true"));
		this.fixtures.as(this.f.mentor(),
				post(this.base + "/actions/" + key + "/comments").param("body", "Private remark"));
		submit();
		String after = this.mvc.perform(get(this.base).with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("Secret draft action").doesNotContain("Private remark");
		this.fixtures.as(this.f.outsider(), get(this.base)).andExpect(status().isNotFound());
		this.fixtures.as(this.f.outsider(), get(this.base + "/versions/1")).andExpect(status().isNotFound());
		this.fixtures.as(this.f.outsider(), post(this.base + "/actions/" + key + "/comments").param("body", "x"))
			.andExpect(status().isNotFound());
	}

	private long startWithPart(String title) throws Exception {
		this.fixtures.as(this.f.mentee(), post(this.base + "/start")).andExpect(redirectedUrl(this.base + "/parts/A"));
		this.fixtures.as(this.f.mentee(), post(this.base + "/plan-parts").param("title", title))
			.andExpect(redirectedUrl(this.base));
		List<PlanContent.Part> parts = this.actions.content(documentId()).parts();
		return parts.get(parts.size() - 1).id();
	}

	private String addAction(long part, String title, String startMonth, String startYear, String endMonth,
			String endYear) throws Exception {
		String location = this.fixtures
			.as(this.f.mentee(),
					post(this.base + "/plan-parts/" + part + "/actions/new").param("title", title)
						.param("startMonth", startMonth)
						.param("startYear", startYear)
						.param("endMonth", endMonth)
						.param("endYear", endYear)
						.param("leadName", "Social services")
						.param("indicatorName[0]", "Residents reached")
						.param("indicatorTarget[0]", "40")
						.param("indicatorUnit[0]", "people"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.indexOf("#action-") + "#action-".length());
	}

	private void submit() throws Exception {
		long version = this.jdbc.sql("select version from form_document where id = ?")
			.param(documentId())
			.query(Long.class)
			.single();
		this.fixtures.as(this.f.mentee(), post(this.base + "/submit").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(this.base));
	}

	private long documentId() {
		return this.jdbc.sql("select id from form_document where kind = 'ACTION_PLAN' and participant_id = ?")
			.param(this.f.menteeParticipant())
			.query(Long.class)
			.single();
	}

}
