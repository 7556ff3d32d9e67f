package org.citymentor.training;

import java.time.LocalDate;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators and facilitators plan a session with the suggested agenda, change it
 * without overwriting someone else's change and cancel it after confirming; bad times are
 * refused with the input kept; group members read it, outsiders do not see it.
 */
@CityMentorTest
class TrainingPlanningTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	TrainingFixtures sessions;

	@Autowired
	Trainings trainings;

	FormFixture f;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
	}

	@Test
	void theCoordinatorPlansChangesAndCancelsASession() throws Exception {
		String form = this.fixtures.page(TrainingFixtures.COORDINATOR,
				"/groups/" + this.f.groupId() + "/trainings/new");
		assertThat(form).contains("Mentoring between cities: what it is and what it can bring to each side",
				"Who does what: the role of each partner", "The forms and documents that support the process");
		String location = this.fixtures
			.as(TrainingFixtures.COORDINATOR, create(this.f, "agenda", "Welcome\n\nWho does what\n  The steps  "))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Training training = this.trainings.require(id);
		assertThat(training.groupId()).isEqualTo(this.f.groupId());
		assertThat(training.data().agenda()).containsExactly("Welcome", "Who does what", "The steps");
		assertThat(this.fixtures.page(this.f.mentee(), "/trainings/" + id)).contains("Kick-off", "Join online",
				"Who does what");

		this.fixtures.as(TrainingFixtures.COORDINATOR, edit(id, training.version(), "Kick-off, revised"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.trainings.require(id).data().title()).isEqualTo("Kick-off, revised");
		// a second save from the form opened before the first: refused, the typed text
		// kept
		String conflict = this.fixtures
			.as(TrainingFixtures.COORDINATOR, edit(id, training.version(), "Kick-off, my version"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Kick-off, my version", "Someone saved this session");
		assertThat(this.trainings.require(id).data().title()).isEqualTo("Kick-off, revised");

		assertThat(this.fixtures.page(TrainingFixtures.COORDINATOR, "/trainings/" + id + "/cancel"))
			.contains("Cancel this session?");
		long version = this.trainings.require(id).version();
		this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					post("/trainings/" + id + "/cancel").param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.trainings.require(id).isCancelled()).isTrue();
		assertThat(this.fixtures.page(this.f.mentee(), "/trainings/" + id)).contains("Cancelled")
			.doesNotContain("Join online");
		this.fixtures.as(TrainingFixtures.COORDINATOR, edit(id, version + 1, "Kick-off"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.trainings.require(id).data().title()).isEqualTo("Kick-off, revised");
	}

	@Test
	void theEndMustComeAfterTheStartAndTheInputIsKept() throws Exception {
		String page = this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					create(this.f, "startsAt", "14:00", "endsAt", "13:30", "agenda", "Our agenda"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The end time must be after the start time", "href=\"#endsAt\"", "value=\"13:30\"",
				"Our agenda", "value=\"Kick-off\"");
		String onSite = this.fixtures
			.as(TrainingFixtures.COORDINATOR, create(this.f, "mode", "ON_SITE", "day", "31", "month", "2"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(onSite).contains("Enter the address of a session on site", "Enter a real date");
		assertThat(this.trainings
			.page(this.sessions.incluCities(), this.f.groupId(), null,
					org.springframework.data.domain.PageRequest.of(0, 10))
			.getContent()).noneMatch((t) -> t.groupId() != null && t.groupId() == this.f.groupId());
	}

	@Test
	void facilitatorsPlanMembersReadOutsidersSeeNothing() throws Exception {
		TestAccount facilitator = this.sessions.facilitator(this.f);
		this.fixtures.as(facilitator, create(this.f)).andExpect(status().is3xxRedirection());
		long id = this.trainings
			.page(this.sessions.incluCities(), this.f.groupId(), null,
					org.springframework.data.domain.PageRequest.of(0, 5))
			.getContent()
			.stream()
			.filter((t) -> t.groupId() != null && t.groupId() == this.f.groupId())
			.findFirst()
			.orElseThrow()
			.id();
		this.fixtures.as(facilitator, get("/trainings/" + id + "/edit")).andExpect(status().isOk());
		this.fixtures.as(this.f.mentor(), get("/trainings/" + id)).andExpect(status().isOk());
		this.fixtures.as(this.f.mentor(), get("/trainings/" + id + "/edit")).andExpect(status().isForbidden());
		this.fixtures.as(this.f.mentee(), create(this.f)).andExpect(status().isForbidden());
		for (String path : new String[] { "", "/edit", "/cancel", "/attendance", "/expectations" }) {
			this.fixtures.as(this.f.outsider(), get("/trainings/" + id + path)).andExpect(status().isNotFound());
		}
		this.fixtures.as(this.f.outsider(), post("/trainings/" + id + "/cancel").param("version", "0"))
			.andExpect(status().isNotFound());
		this.fixtures.as(this.f.outsider(), get("/groups/" + this.f.groupId() + "/trainings"))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.page(this.f.mentee(), "/groups/" + this.f.groupId() + "/trainings"))
			.contains("Kick-off")
			.doesNotContain("Plan a training session");
	}

	/** A new session of the group; pairs of name and value replace the defaults. */
	private static MockHttpServletRequestBuilder create(FormFixture f, String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("title", "Kick-off");
		params.put("day", "24");
		params.put("month", "11");
		params.put("year", "2027");
		params.put("startsAt", "09:30");
		params.put("endsAt", "12:30");
		params.put("timeZone", "Europe/Brussels");
		params.put("mode", "ONLINE");
		params.put("meetingLink", "https://meet.example.org/kick-off");
		params.put("agenda", "Welcome\nWho does what");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/groups/" + f.groupId() + "/trainings/new");
		params.forEach(request::param);
		return request;
	}

	private static MockHttpServletRequestBuilder edit(long id, long version, String title) {
		return post("/trainings/" + id + "/edit").param("version", String.valueOf(version))
			.param("title", title)
			.param("day", "25")
			.param("month", "11")
			.param("year", "2027")
			.param("startsAt", "09:30")
			.param("endsAt", "12:30")
			.param("timeZone", "Europe/Brussels")
			.param("mode", "ONLINE")
			.param("agenda", "Welcome");
	}

}
