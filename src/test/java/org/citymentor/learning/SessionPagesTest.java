package org.citymentor.learning;

import org.citymentor.learning.LearningFixture.Fixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees a session, its link and its attendees; registering and running it through the
 * pages.
 */
@CityMentorTest
class SessionPagesTest {

	@Autowired
	LearningFixture fixtures;

	@Autowired
	FormFixtures as;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOpenSessionIsListedForTheAssociationsMunicipalitiesAndHiddenFromOthers() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		String title = title(f);
		String mentor = "/learning-sessions?mentor=" + f.group().mentorCity();
		assertThat(this.as.page(f.memberA(), mentor)).contains(title);
		assertThat(this.as.page(f.outsider(), mentor)).doesNotContain(title);
		this.as.as(f.outsider(), get(f.page())).andExpect(status().isNotFound());
		this.as.as(f.outsider(), post(f.page() + "/registrations")).andExpect(status().isNotFound());

		String page = this.as.page(f.memberA(), f.page());
		assertThat(page).contains(title).doesNotContain("https://meet.example.org/x").doesNotContain("Who registered");
	}

	@Test
	void theLinkAndTheAttendeesAreForTheRegisteredTheMentorSideAndTheCoordinator() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		this.as.as(f.memberA(), post(f.page() + "/registrations")).andExpect(status().is3xxRedirection());
		String registered = "Who registered</h2>";
		assertThat(this.as.page(f.memberA(), f.page())).contains("https://meet.example.org/x").contains(registered);
		assertThat(this.as.page(f.group().mentor(), f.page())).contains("https://meet.example.org/x")
			.contains(registered)
			.contains("Test member-a");
		assertThat(this.as.page(f.memberB(), f.page())).doesNotContain("https://meet.example.org/x")
			.doesNotContain(registered);
	}

	@Test
	void aGroupOnlySessionIsForTheGroup() throws Exception {
		Fixture f = this.fixtures.create(false, null);
		this.as.as(f.memberA(), get(f.page())).andExpect(status().isNotFound());
		this.as.as(f.group().mentee(), get(f.page())).andExpect(status().isOk());
	}

	@Test
	void colleaguesOfTheSameMunicipalityAreRegisteredInOneGo() throws Exception {
		Fixture f = this.fixtures.create(true, 2);
		this.as
			.as(f.memberA(),
					post(f.page() + "/registrations").param("people", String.valueOf(f.memberA().id()),
							String.valueOf(f.memberB().id()), String.valueOf(f.memberC().id())))
			.andExpect(status().is3xxRedirection());
		assertThat(registration(f, f.memberA().id())).isEqualTo("REGISTERED");
		assertThat(registration(f, f.memberB().id())).isEqualTo("REGISTERED");
		assertThat(registration(f, f.memberC().id())).isEqualTo("WAITING");
		// nobody registers people of another municipality
		this.as.as(f.memberA(), post(f.page() + "/registrations").param("people", String.valueOf(f.outsider().id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void registeringForACancelledSessionSaysWhy() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		this.as.as(f.group().mentee(), post(f.page() + "/cancel")).andExpect(status().isForbidden());
		this.as.as(f.group().mentor(), post(f.page() + "/cancel")).andExpect(status().is3xxRedirection());
		this.as.as(f.memberA(), post(f.page() + "/registrations"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This session was cancelled")));
	}

	@Test
	void settingsAreCheckedAndOnlyTheMentorSideAndCoordinatorsChangeThem() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		String settings = "/groups/" + f.group().groupId() + "/meetings/" + f.sessionId() + "/session";
		this.as.as(f.group().mentee(), get(settings)).andExpect(status().isForbidden());
		this.as.as(f.memberA(), get(settings)).andExpect(status().isNotFound());
		long version = this.jdbc.sql("select version from group_meeting where id = ?")
			.param(f.sessionId())
			.query(Long.class)
			.single();
		this.as
			.as(f.group().mentor(),
					post(settings).param("open", "true")
						.param("capacity", "many")
						.param("registrationDeadline", "2999-01-01")
						.param("language", "nl")
						.param("description", "Kept")
						.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("whole number from 1 to 9999")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("on or before the session")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kept")));
		this.as
			.as(f.group().mentor(),
					post(settings).param("open", "true")
						.param("capacity", "12")
						.param("language", "nl")
						.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		this.as
			.as(f.group().mentor(),
					post(settings).param("open", "true")
						.param("capacity", "13")
						.param("language", "nl")
						.param("version", String.valueOf(version)))
			.andExpect(status().isConflict());
	}

	@Test
	void afterTheSessionAttendeesRateAndAskAndTheMentorAnswers() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		this.as.as(f.memberA(), post(f.page() + "/registrations")).andExpect(status().is3xxRedirection());
		this.jdbc.sql("update group_meeting set held_on = current_date - 1 where id = ?").param(f.sessionId()).update();
		this.as.as(f.memberB(), post(f.page() + "/rating").param("usefulness", "5")).andExpect(status().isForbidden());
		this.as.as(f.memberA(), post(f.page() + "/rating").param("usefulness", "9"))
			.andExpect(status().isUnprocessableContent());
		this.as.as(f.memberA(), post(f.page() + "/rating").param("usefulness", "4"))
			.andExpect(status().is3xxRedirection());
		this.as.as(f.memberA(), post(f.page() + "/questions").param("text", " "))
			.andExpect(status().isUnprocessableContent());
		this.as.as(f.memberA(), post(f.page() + "/questions").param("text", "Can we see the budget?"))
			.andExpect(status().is3xxRedirection());

		this.as.as(f.memberA(), get(f.page() + "/follow-up")).andExpect(status().isForbidden());
		this.as
			.as(f.group().mentor(), post(f.page() + "/attendance").param("attended", String.valueOf(f.memberA().id())))
			.andExpect(status().is3xxRedirection());
		this.as.as(f.group().mentor(), post(f.page() + "/walk-ins").param("name", ""))
			.andExpect(status().isUnprocessableContent());
		this.as
			.as(f.group().mentor(), post(f.page() + "/materials").param("title", "Slides").param("url", "javascript:x"))
			.andExpect(status().isUnprocessableContent());
		this.as
			.as(f.group().mentor(),
					post(f.page() + "/materials").param("title", "Slides").param("url", "https://example.org/slides"))
			.andExpect(status().is3xxRedirection());
		long question = this.jdbc.sql("select id from session_question where meeting_id = ?")
			.param(f.sessionId())
			.query(Long.class)
			.single();
		this.as
			.as(f.group().mentor(),
					post(f.page() + "/questions/" + question + "/answer").param("text", "Yes, on the next page."))
			.andExpect(status().is3xxRedirection());

		String page = this.as.page(f.memberB(), f.page());
		assertThat(page).contains("https://example.org/slides")
			.contains("Can we see the budget?")
			.contains("Yes, on the next page.")
			.contains("Rated 4.0 out of 5 by 1 people");
	}

	private String title(Fixture f) {
		return this.jdbc.sql("select title from group_meeting where id = ?")
			.param(f.sessionId())
			.query(String.class)
			.single();
	}

	private String registration(Fixture f, long userId) {
		return this.jdbc.sql("select status from session_registration where meeting_id = ? and user_id = ?")
			.params(f.sessionId(), userId)
			.query(String.class)
			.single();
	}

}
