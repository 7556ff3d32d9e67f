package org.citymentor.visit;

import java.time.LocalDate;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citymentor.visit.VisitTestSupport.COORDINATOR;
import static org.citymentor.visit.VisitTestSupport.notes;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreed next steps of a note become follow-ups: added by the note's author, listed
 * for the group until done (overdue ones flagged), marked done by any member; the
 * coordinator sees only how many are open and overdue.
 */
@CityMentorTest
class FollowUpsTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Visits visits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFollowUpIsAddedListedFlaggedAndDone() throws Exception {
		FormFixture f = this.fixtures.create();
		FormFixture other = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 3, 2));
		long note = VisitTestSupport.writeNote(this.fixtures, f.mentor(), f, visit, "Observations");
		String add = notes(f, visit) + "/" + note + "/follow-ups";

		// bad input: before the visit, an owner outside the group, no title
		Document bad = Jsoup.parse(this.fixtures
			.as(f.mentor(),
					post(add).param("title", "Draft the call")
						.param("ownerUserId", String.valueOf(f.mentee().id()))
						.param("dueDay", "1")
						.param("dueMonth", "3")
						.param("dueYear", "2026"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(bad.select("#dueDay-error").text()).contains("on or after the first day of the visit");
		assertThat(bad.select("#followUpTitle").attr("value")).isEqualTo("Draft the call");
		Document badOwner = Jsoup.parse(this.fixtures
			.as(f.mentor(),
					post(add).param("title", "")
						.param("ownerUserId", String.valueOf(f.outsider().id()))
						.param("dueDay", "31")
						.param("dueMonth", "2")
						.param("dueYear", "2026"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(badOwner.select(".govuk-error-summary").text()).contains("Enter what will be done")
			.contains("Choose a member of the group")
			.contains("Enter a real date");

		// only the author adds
		this.fixtures.as(f.mentee(), post(add).param("title", "Mine")).andExpect(status().isForbidden());

		this.fixtures
			.as(f.mentor(),
					post(add).param("title", "Draft the call for associations")
						.param("ownerUserId", String.valueOf(f.mentee().id()))
						.param("dueDay", "10")
						.param("dueMonth", "3")
						.param("dueYear", "2026"))
			.andExpect(status().is3xxRedirection());
		this.fixtures
			.as(f.mentor(),
					post(add).param("title", "Send the <b>budget</b> tables")
						.param("ownerUserId", String.valueOf(f.mentor().id()))
						.param("dueDay", "31")
						.param("dueMonth", "12")
						.param("dueYear", "2099"))
			.andExpect(status().is3xxRedirection());

		// the mentee sees both, the past one flagged as overdue
		Document list = Jsoup.parse(this.fixtures.page(f.mentee(), notes(f, visit)));
		assertThat(list.select("#follow-ups-open").text()).contains("2 open follow-ups, 1 overdue");
		assertThat(list.select("#follow-ups-open tr:contains(Draft the call) .govuk-tag").text()).isEqualTo("Overdue");
		assertThat(list.select("#follow-ups-open tr:contains(Draft the call)").text()).contains("Test mentee");
		assertThat(list.select("#follow-ups-open tr:contains(budget) .govuk-tag")).isEmpty();
		assertThat(list.select("#follow-ups-open td:first-child:contains(budget)").text())
			.isEqualTo("Send the <b>budget</b> tables");
		assertThat(
				Jsoup.parse(this.fixtures.page(f.mentor(), notes(f, visit) + "/" + note)).select("#follow-ups").text())
			.contains("Draft the call for associations");

		// the coordinator: counts only
		String coordinatorPage = this.fixtures.page(COORDINATOR, notes(f, visit));
		assertThat(Jsoup.parse(coordinatorPage).select("#follow-ups-open").text())
			.contains("2 open follow-ups, 1 overdue");
		assertThat(coordinatorPage).doesNotContain("Draft the call").doesNotContain("budget");

		long overdue = this.jdbc.sql("select id from follow_up where group_id = ? and title like 'Draft%'")
			.param(f.groupId())
			.query(Long.class)
			.single();
		String done = "/groups/" + f.groupId() + "/follow-ups/" + overdue + "/done";
		this.fixtures.as(COORDINATOR, post(done)).andExpect(status().isForbidden());
		this.fixtures.as(other.mentor(), post(done)).andExpect(status().isNotFound());
		this.fixtures.as(other.mentor(), post("/groups/" + other.groupId() + "/follow-ups/" + overdue + "/done"))
			.andExpect(status().isNotFound());
		this.fixtures.as(f.mentee(), post(done).param("back", "https://evil.example/"))
			.andExpect(redirectedUrl("/groups/" + f.groupId()));
		this.fixtures.as(f.mentee(), post(done).param("back", notes(f, visit)))
			.andExpect(redirectedUrl(notes(f, visit)));

		Document after = Jsoup.parse(this.fixtures.page(f.mentee(), notes(f, visit)));
		assertThat(after.select("#follow-ups-open").text()).contains("1 open follow-up")
			.doesNotContain("overdue")
			.doesNotContain("Draft the call");
		assertThat(Jsoup.parse(this.fixtures.page(f.mentor(), notes(f, visit) + "/" + note))
			.select("#follow-ups tr:contains(Draft the call) .govuk-tag")
			.text()).isEqualTo("Done");
	}

}
