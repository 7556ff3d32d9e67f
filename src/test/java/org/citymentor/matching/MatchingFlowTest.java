package org.citymentor.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskStatus;
import org.citymentor.matching.MatchingFixtures.City;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From a call to published matches: applying opens a forming group, the deadline and
 * withdrawal hold, publishing completes exactly the matched groups and e-mails both
 * cities, a declined match returns to the draft set with its reason.
 */
@CityMentorTest
class MatchingFlowTest {

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	MatchingFixtures fixtures;

	@Autowired
	GreenMail greenMail;

	@Autowired
	List<JourneyStep> steps;

	@Test
	void applyingOpensAFormingGroupAndWithdrawingClosesIt() throws Exception {
		long call = this.fixtures.openCall("Apply " + UUID.randomUUID(), LocalDate.now().plusDays(10).toString(),
				false);
		City city = this.fixtures.city("Applyville", "IT", "it");
		long application = this.fixtures.apply(call, city, "MENTEE", null);
		Map<String, Object> group = this.fixtures.jdbc()
			.sql("select g.id, g.status, (select count(*) from group_participant p where p.group_id = g.id) as participants "
					+ "from mentoring_group g join call_application a on a.group_id = g.id where a.id = ?")
			.param(application)
			.query()
			.singleRow();
		assertThat(group.get("status")).isEqualTo("FORMING");
		assertThat(group.get("participants")).isEqualTo(1L);
		this.fixtures.as(city.officer(), get("/calls/" + call + "/applications/" + application))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Write the needs analysis")));
		this.fixtures
			.as(city.officer(),
					post("/calls/" + call + "/apply").param("side", "MENTEE")
						.param("themeIds", String.valueOf(this.fixtures.theme("social-cohesion"))))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already applied")));

		this.fixtures.as(city.officer(), post("/calls/" + call + "/applications/" + application + "/withdraw"))
			.andExpect(status().isFound());
		assertThat(this.fixtures.jdbc()
			.sql("select status from call_application where id = ?")
			.param(application)
			.query(String.class)
			.single()).isEqualTo("WITHDRAWN");
		assertThat(this.fixtures.jdbc()
			.sql("select status from mentoring_group where id = ?")
			.param(group.get("id"))
			.query(String.class)
			.single()).isEqualTo("CLOSED");
	}

	@Test
	void pastTheDeadlineNobodyApplies() throws Exception {
		long call = this.fixtures.openCall("Late " + UUID.randomUUID(), LocalDate.now().minusDays(2).toString(), false);
		City city = this.fixtures.city("Lateville", "IT", "it");
		this.fixtures.as(MatchingFixtures.COORDINATOR, get("/calls/" + call)).andExpect(status().isOk());
		this.fixtures.as(city.officer(), get("/calls/" + call)).andExpect(status().isNotFound());
		long programme = this.fixtures.programme("IncluCities");
		// an open call of which the deadline passes: the form says so, nothing is stored
		long open = this.fixtures.openCall("Soon " + UUID.randomUUID(), LocalDate.now().plusDays(1).toString(), false);
		this.fixtures.jdbc()
			.sql("update matching_call set deadline = ? where id = ?")
			.params(java.sql.Date.valueOf(LocalDate.now().minusDays(3)), open)
			.update();
		this.fixtures.as(MatchingFixtures.COORDINATOR, get("/calls/" + open))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("deadline of this call has passed")));
		assertThat(programme).isPositive();
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from call_application where call_id = ?")
			.param(open)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void publishingCompletesTheMatchedGroupsAndTellsBothCities() throws Exception {
		long call = this.fixtures.openCall("Publish " + UUID.randomUUID(), LocalDate.now().plusDays(10).toString(),
				false);
		City mentee = this.fixtures.city("Menteeville", "IT", "en");
		City waiting = this.fixtures.city("Waitingville", "IT", "it");
		City mentor = this.fixtures.city("Mentorville", "BE", "en");
		long menteeApplication = this.fixtures.apply(call, mentee, "MENTEE", null);
		long waitingApplication = this.fixtures.apply(call, waiting, "MENTEE", null);
		long mentorApplication = this.fixtures.apply(call, mentor, "MENTOR", "1");

		this.fixtures
			.as(MatchingFixtures.COORDINATOR,
					get("/calls/" + call + "/applications/" + menteeApplication + "/suggestions"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Both work in English")));
		// another mentor than a suggestion needs a reason
		this.fixtures
			.as(MatchingFixtures.COORDINATOR,
					post("/calls/" + call + "/matches").param("mentee", String.valueOf(menteeApplication))
						.param("mentor", String.valueOf(mentorApplication)))
			.andExpect(status().is(422));
		this.fixtures
			.as(MatchingFixtures.COORDINATOR,
					post("/calls/" + call + "/matches").param("mentee", String.valueOf(menteeApplication))
						.param("mentor", String.valueOf(mentorApplication))
						.param("suggested", "true"))
			.andExpect(status().isFound());
		long group = groupOf(menteeApplication);
		assertThat(matching(group)).isEqualTo(TaskStatus.IN_PROGRESS);

		this.fixtures.as(MatchingFixtures.COORDINATOR, post("/calls/" + call + "/matches/publish"))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tick the box")));
		assertThat(participants(group)).isEqualTo(1);

		this.fixtures
			.as(MatchingFixtures.COORDINATOR,
					post("/calls/" + call + "/matches/publish").param("confirmUnmatched", "true"))
			.andExpect(status().isFound());
		assertThat(participants(group)).isEqualTo(2);
		assertThat(this.fixtures.jdbc()
			.sql("select status from mentoring_group where id = ?")
			.param(group)
			.query(String.class)
			.single()).isEqualTo("ACTIVE");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from group_member where group_id = ? and user_id = ? and removed_at is null")
			.params(group, mentor.officer().id())
			.query(Long.class)
			.single()).isOne();
		assertThat(participants(groupOf(waitingApplication))).as("the unmatched mentee keeps its forming group")
			.isEqualTo(1);
		assertThat(matching(group)).isEqualTo(TaskStatus.COMPLETED);
		assertThat(Mailbox.mailsTo(this.greenMail, mentee.officer())).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).contains(mentee.name()).contains(mentor.name()));
		assertThat(Mailbox.mailsTo(this.greenMail, mentor.officer())).hasSize(1);
		assertThat(Mailbox.mailsTo(this.greenMail, waiting.officer())).isEmpty();
	}

	@Test
	void aDeclinedMatchReturnsToTheDraftSetWithItsReason() throws Exception {
		long call = this.fixtures.openCall("Decline " + UUID.randomUUID(), LocalDate.now().plusDays(10).toString(),
				true);
		City mentee = this.fixtures.city("Declineville", "IT", "en");
		City mentor = this.fixtures.city("Busyville", "BE", "en");
		long menteeApplication = this.fixtures.apply(call, mentee, "MENTEE", null);
		long mentorApplication = this.fixtures.apply(call, mentor, "MENTOR", "2");
		this.fixtures
			.as(MatchingFixtures.COORDINATOR,
					post("/calls/" + call + "/matches").param("mentee", String.valueOf(menteeApplication))
						.param("mentor", String.valueOf(mentorApplication))
						.param("suggested", "true"))
			.andExpect(status().isFound());
		this.fixtures.as(MatchingFixtures.COORDINATOR, post("/calls/" + call + "/matches/publish"))
			.andExpect(status().isFound());
		long group = groupOf(menteeApplication);
		assertThat(participants(group)).as("proposed, not yet published").isEqualTo(1);
		assertThat(Mailbox.mailsTo(this.greenMail, mentor.officer())).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("A mentoring match to accept"));

		String applicationPath = "/calls/" + call + "/applications/" + mentorApplication;
		this.fixtures.as(mentor.officer(), post(applicationPath + "/decline")).andExpect(status().is(422));
		this.fixtures.as(mentor.officer(), post(applicationPath + "/decline").param("reason", "No staff this year"))
			.andExpect(status().isFound());
		this.fixtures.as(MatchingFixtures.COORDINATOR, get("/calls/" + call + "/matches"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No staff this year")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("drafted")));

		this.fixtures.as(MatchingFixtures.COORDINATOR, post("/calls/" + call + "/matches/publish"))
			.andExpect(status().isFound());
		this.fixtures.as(mentee.officer(), post("/calls/" + call + "/applications/" + menteeApplication + "/accept"))
			.andExpect(status().isFound());
		assertThat(participants(group)).isEqualTo(1);
		this.fixtures.as(mentor.officer(), post(applicationPath + "/accept")).andExpect(status().isFound());
		assertThat(participants(group)).as("published once both accepted").isEqualTo(2);
	}

	@Test
	void onlyTheProgrammesCoordinatorsSeeApplicationsAndSuggestions() throws Exception {
		long call = this.fixtures.openCall("Access " + UUID.randomUUID(), LocalDate.now().plusDays(10).toString(),
				false);
		City mentee = this.fixtures.city("Ownville", "IT", "en");
		City other = this.fixtures.city("Otherville", "IT", "en");
		long application = this.fixtures.apply(call, mentee, "MENTEE", null);
		String path = "/calls/" + call + "/applications/" + application;
		this.fixtures.as(other.officer(), get(path)).andExpect(status().isNotFound());
		this.fixtures.as(other.officer(), post(path + "/withdraw")).andExpect(status().isNotFound());
		this.fixtures.as(mentee.officer(), get(path + "/suggestions")).andExpect(status().isNotFound());
		this.fixtures.as(mentee.officer(), get("/calls/" + call + "/matches")).andExpect(status().isForbidden());
		this.fixtures.as("coordinator@vvsg.example.org", get(path)).andExpect(status().isNotFound());
		this.fixtures.as(MatchingFixtures.COORDINATOR, post(path + "/withdraw")).andExpect(status().isForbidden());
		this.fixtures.as(MatchingFixtures.COORDINATOR, get("/calls/" + call))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(mentee.name())));
		this.fixtures.as(other.officer(), get("/calls/" + call))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(mentee.name()))));
	}

	@Test
	void theDemoSuggestsMechelenFirstForCapaciWithReasons() throws Exception {
		long application = this.fixtures.jdbc().sql("""
				select a.id from call_application a join organisation o on o.id = a.organisation_id
				join matching_call c on c.id = a.call_id
				where o.name = 'Capaci' and c.title like 'IncluCities 2020%'
				""").query(Long.class).single();
		long call = this.fixtures.jdbc()
			.sql("select call_id from call_application where id = ?")
			.param(application)
			.query(Long.class)
			.single();
		String page = this.fixtures
			.as(MatchingFixtures.COORDINATOR, get("/calls/" + call + "/applications/" + application + "/suggestions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("1. Mechelen")
			.contains("Themes in common: 2 of 2")
			.contains("Population 11,600 vs 87,000")
			.contains("Words in both the needs and the profile");
	}

	private long groupOf(long application) {
		return this.fixtures.jdbc()
			.sql("select group_id from call_application where id = ?")
			.param(application)
			.query(Long.class)
			.single();
	}

	private int participants(long group) {
		return this.fixtures.jdbc()
			.sql("select count(*) from group_participant where group_id = ?")
			.param(group)
			.query(Integer.class)
			.single();
	}

	private TaskStatus matching(long group) {
		JourneyStep step = this.steps.stream().filter((s) -> s.key().equals("MATCHING")).findFirst().orElseThrow();
		return step.statuses(this.journeys.batch(List.of(group))).get(group);
	}

}
