package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group plans its visits (one by one or the programme's series) and its meetings; the
 * series keeps its rules, nothing typed is lost on a mistake or a conflict, meeting notes
 * stay within the group unless shared, and the task list shows it all.
 */
@CityMentorTest
class VisitPlanningTest {

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Visits visits;

	@Autowired
	Meetings meetings;

	@Autowired
	VisitsStep step;

	FormFixture f;

	String base;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
		this.base = "/groups/" + this.f.groupId();
	}

	@Test
	void aMemberPlansAVisitAndTheSeriesKeepsItsRules() throws Exception {
		this.fixtures.as(this.f.mentor(), visit("1", "13", "6", "2027", "14", "6", "2027"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.visits.of(this.f.groupId())).singleElement().satisfies((v) -> {
			assertThat(v.startsOn()).isEqualTo(LocalDate.of(2027, 6, 13));
			assertThat(v.endsOn()).isEqualTo(LocalDate.of(2027, 6, 14));
			assertThat(v.hostOrganisationId()).isEqualTo(this.f.menteeCity());
		});
		// the same days again: refused, with the input kept
		String overlap = this.fixtures
			.as(this.f.mentee(), visit("2", "14", "6", "2027", "15", "6", "2027").param("questions", "Who leads?"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overlap).contains("Another visit of this group takes place on these days", "Who leads?");
		String backwards = this.fixtures.as(this.f.mentee(), visit("2", "20", "9", "2027", "18", "9", "2027"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(backwards).contains("The last day must be the same as or after the first day");
		this.fixtures.as(this.f.mentee(), visit("2", "31", "2", "2027", "", "", ""))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.visits.of(this.f.groupId())).hasSize(1);

		// outside the group's period
		this.jdbc.sql("update mentoring_group set start_date = ?, end_date = ? where id = ?")
			.params(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), this.f.groupId())
			.update();
		String outside = this.fixtures.as(this.f.mentee(), visit("2", "3", "1", "2028", "", "", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outside).contains("within the group");
	}

	@Test
	void theProgrammesSeriesIsProposedOnceAndAStaleChangeShowsAConflict() throws Exception {
		this.fixtures.as(this.f.mentee(), post(this.base + "/visits/series")).andExpect(status().is3xxRedirection());
		List<Visit> series = this.visits.of(this.f.groupId());
		assertThat(series).extracting(Visit::number).containsExactly(1, 2, 3);
		assertThat(series).extracting(Visit::hostOrganisationId)
			.containsExactly(this.f.menteeCity(), this.f.mentorCity(), this.f.menteeCity());
		this.fixtures.as(this.f.mentee(), post(this.base + "/visits/series")).andExpect(status().is3xxRedirection());
		assertThat(this.visits.of(this.f.groupId())).hasSize(3);

		Visit first = series.get(0);
		String edit = this.base + "/visits/" + first.id() + "/edit";
		this.fixtures.as(this.f.mentor(), change(edit, first, "Held in the library"))
			.andExpect(status().is3xxRedirection());
		String conflict = this.fixtures.as(this.f.mentee(), change(edit, first, "Held in the town hall"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Held in the town hall", "while you were changing it");
		assertThat(this.visits.require(this.f.groupId(), first.id()).place()).isEqualTo("Held in the library");
	}

	@Test
	void readersSeeVisitsOutsidersDoNotAndGuessedIdsAnswer404() throws Exception {
		long id = this.visits.create(this.f.groupId(),
				new VisitData(1, this.f.menteeCity(), VisitMode.ON_SITE, null, "<b>Town hall</b>",
						LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4), "Europe/Rome", "Context", null,
						VisitStatus.PLANNED),
				"Test");
		String page = this.fixtures.page(this.f.mentor(), this.base + "/visits/" + id);
		assertThat(page).contains("&lt;b&gt;Town hall&lt;/b&gt;").doesNotContain("<b>Town hall</b>");
		this.fixtures.as(this.f.outsider(), get(this.base + "/visits/" + id)).andExpect(status().isNotFound());
		this.fixtures.as(this.f.outsider(), visit("2", "1", "7", "2027", "", "", "")).andExpect(status().isNotFound());
		FormFixture other = this.fixtures.create();
		this.fixtures.as(other.mentee(), get("/groups/" + other.groupId() + "/visits/" + id))
			.andExpect(status().isNotFound());
		// the programme's coordinator plans too
		this.mvc
			.perform(visit("2", "1", "7", "2027", "", "", "")
				.with(user(this.users.loadUserByUsername("coordinator@cemr.example.org"))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.page(this.f.mentee(), this.base)).contains("Visit 1", "3 May 2027", "Visit 2");
	}

	@Test
	void meetingNotesStayWithinTheGroupUnlessShared() throws Exception {
		this.fixtures
			.as(this.f.mentor(),
					post(this.base + "/meetings/new").param("title", "Online check-in")
						.param("mode", "ONLINE")
						.param("day", "2")
						.param("month", "3")
						.param("year", "2027")
						.param("startsAt", "10:00")
						.param("endsAt", "9:00")
						.param("timeZone", "Europe/Brussels")
						.param("notes", "Budget is tight"))
			.andExpect(status().isUnprocessableContent());
		this.fixtures
			.as(this.f.mentor(),
					post(this.base + "/meetings/new").param("title", "Online check-in")
						.param("mode", "ONLINE")
						.param("day", "2")
						.param("month", "3")
						.param("year", "2027")
						.param("startsAt", "10:00")
						.param("endsAt", "11:00")
						.param("timeZone", "Europe/Brussels")
						.param("participantIds", String.valueOf(this.f.mentee().id()))
						.param("notes", "Budget is tight"))
			.andExpect(status().is3xxRedirection());
		Meeting meeting = this.meetings.of(this.f.groupId()).get(0);
		String path = this.base + "/meetings/" + meeting.id();
		assertThat(this.fixtures.page(this.f.mentee(), path)).contains("Budget is tight", "Test mentee");
		var coordinator = user(this.users.loadUserByUsername("coordinator@cemr.example.org"));
		String before = this.mvc.perform(get(path).with(coordinator)).andReturn().getResponse().getContentAsString();
		assertThat(before).contains("Online check-in").doesNotContain("Budget is tight");
		this.mvc.perform(post(path + "/share").param("shared", "true").with(coordinator).with(csrf()))
			.andExpect(status().isForbidden());
		this.fixtures.as(this.f.mentee(), post(path + "/share").param("shared", "true"))
			.andExpect(status().is3xxRedirection());
		String after = this.mvc.perform(get(path).with(coordinator)).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("Budget is tight");
		assertThat(this.fixtures.page(this.f.mentee(), this.base)).contains("1 meeting(s)");
	}

	@Test
	void aGroupWithoutARecentOrComingVisitOrMeetingIsFlaggedForTheCoordinator() {
		assertThat(this.step.details(this.journeys.batch(List.of(this.f.groupId()))).get(this.f.groupId()))
			.isEqualTo("0 held · 0 meeting(s) · no visit or meeting in the last 21 days");
		this.meetings.create(this.f.groupId(), new MeetingData("Check-in", MeetingMode.ONLINE,
				LocalDate.now().plusDays(10), null, null, "Europe/Brussels", null, null, null, List.of()), null,
				"Test");
		assertThat(this.step.details(this.journeys.batch(List.of(this.f.groupId()))).get(this.f.groupId()))
			.isEqualTo("0 held · 1 meeting(s)");
	}

	private static MockHttpServletRequestBuilder change(String path, Visit visit, String place) {
		return post(path).param("number", String.valueOf(visit.number()))
			.param("hostOrganisationId", String.valueOf(visit.hostOrganisationId()))
			.param("mode", "ON_SITE")
			.param("place", place)
			.param("startDay", String.valueOf(visit.startsOn().getDayOfMonth()))
			.param("startMonth", String.valueOf(visit.startsOn().getMonthValue()))
			.param("startYear", String.valueOf(visit.startsOn().getYear()))
			.param("endDay", String.valueOf(visit.endsOn().getDayOfMonth()))
			.param("endMonth", String.valueOf(visit.endsOn().getMonthValue()))
			.param("endYear", String.valueOf(visit.endsOn().getYear()))
			.param("timeZone", "Europe/Rome")
			.param("status", "PLANNED")
			.param("version", String.valueOf(visit.version()));
	}

	private MockHttpServletRequestBuilder visit(String number, String startDay, String startMonth, String startYear,
			String endDay, String endMonth, String endYear) {
		return post(this.base + "/visits/new").with(csrf())
			.param("number", number)
			.param("hostOrganisationId", String.valueOf(this.f.menteeCity()))
			.param("mode", "ON_SITE")
			.param("startDay", startDay)
			.param("startMonth", startMonth)
			.param("startYear", startYear)
			.param("endDay", endDay)
			.param("endMonth", endMonth)
			.param("endYear", endYear)
			.param("timeZone", "Europe/Rome")
			.param("purpose", "Sketch the context")
			.param("status", "PLANNED");
	}

}
