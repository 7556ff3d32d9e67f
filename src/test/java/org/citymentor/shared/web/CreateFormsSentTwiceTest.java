package org.citymentor.shared.web;

import java.time.LocalDate;
import java.util.UUID;

import org.citymentor.account.AccountService;
import org.citymentor.actionplan.MonitoredPlans;
import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.SentTwice;
import org.citymentor.support.SentTwice.Sender;
import org.citymentor.support.TestAccount;
import org.citymentor.visit.VisitData;
import org.citymentor.visit.VisitMode;
import org.citymentor.visit.VisitStatus;
import org.citymentor.visit.Visits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every create form where a double click would make a duplicate carries a one-time token:
 * the same POST sent twice makes one record (the new-visit form: {@link FormTokensTest}).
 * Forms whose records the database keeps unique (registrations, applications to a call,
 * pulse-survey answers) need none; see docs/resilience.md.
 */
@CityMentorTest
class CreateFormsSentTwiceTest {

	static final TestAccount COORDINATOR = new TestAccount(0, "coordinator@cemr.example.org", "", "");

	static final TestAccount ADMIN = new TestAccount(0, "admin@example.org", "", "");

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MonitoredPlans plans;

	@Autowired
	Visits visits;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	FormFixture f;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
	}

	@Test
	void aFollowUpOfAVisitNote() throws Exception {
		long visit = this.visits.create(this.f.groupId(),
				new VisitData(1, this.f.mentorCity(), VisitMode.ON_SITE, null, "Town hall", LocalDate.of(2026, 3, 2),
						LocalDate.of(2026, 3, 3), "Europe/Brussels", null, null, VisitStatus.HELD),
				"Test");
		String notes = "/groups/" + this.f.groupId() + "/visits/" + visit + "/notes";
		String location = as(this.f.mentor()).send(post(notes + "/mine").param("observations", "Seen"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String note = notes + location.substring(location.lastIndexOf('/'));
		SentTwice.makesOneRecord(as(this.f.mentor()), note, note + "/follow-ups",
				(post) -> post.param("title", "Draft the call")
					.param("ownerUserId", String.valueOf(this.f.mentee().id()))
					.param("dueDay", "1")
					.param("dueMonth", "4")
					.param("dueYear", "2026"),
				() -> count("select count(*) from follow_up where group_id = ?", this.f.groupId()));
	}

	@Test
	void aProgressUpdateOfAnActionPlan() throws Exception {
		Monitored p = this.plans.create(LocalDate.of(2026, 2, 1));
		SentTwice.makesOneRecord(as(p.f().mentee()), p.progress(), p.progress(),
				(post) -> post.param("kind", "UPDATE")
					.param("day", "3")
					.param("month", "3")
					.param("year", "2026")
					.param("status", "DELAYED")
					.param("note", "The counter opens late"),
				() -> count("select count(*) from plan_progress where document_id = ?", p.document()));
	}

	@Test
	void aCommentOnAnActionOfAPlanAndOnAQuestionOfAForm() throws Exception {
		Monitored p = this.plans.create(null);
		String action = p.base() + "/actions/" + p.action() + "/comments";
		SentTwice.makesOneRecord(as(p.f().mentor()), p.base(), action, (post) -> post.param("body", "Who pays?"),
				() -> count("select count(*) from form_comment where document_id = ?", p.document()));

		as(this.f.mentee())
			.send(post(this.f.needsAnalysis() + "/parts/A").param("action", "later").param("a.challenge", "Reach"))
			.andExpect(status().isFound());
		as(this.f.mentee()).send(post(this.f.needsAnalysis() + "/share").param("shared", "true"))
			.andExpect(status().isFound());
		SentTwice.makesOneRecord(as(this.f.mentor()), this.f.needsAnalysis() + "/answers",
				this.f.needsAnalysis() + "/comments",
				(post) -> post.param("question", "challenge").param("body", "Who exactly?"),
				() -> count("select count(*) from form_comment c join form_document d on d.id = c.document_id "
						+ "where d.participant_id = ?", this.f.menteeParticipant()));
	}

	@Test
	void aTrainingSession() throws Exception {
		String form = "/groups/" + this.f.groupId() + "/trainings/new";
		SentTwice.makesOneRecord(as(COORDINATOR), form, form,
				(post) -> post.param("title", "Kick-off")
					.param("day", "24")
					.param("month", "11")
					.param("year", "2027")
					.param("startsAt", "09:30")
					.param("endsAt", "12:30")
					.param("timeZone", "Europe/Brussels")
					.param("mode", "ONLINE")
					.param("meetingLink", "https://meet.example.org/kick-off")
					.param("agenda", "Welcome"),
				() -> count("select count(*) from training where group_id = ?", this.f.groupId()));
	}

	@Test
	void aLessonLearnedAndAPulseSurvey() throws Exception {
		String group = "/groups/" + this.f.groupId();
		SentTwice.makesOneRecord(as(this.f.mentee()), group + "/lessons/new", group + "/lessons",
				(post) -> post.param("title", "Ask the neighbours first").param("body", "They know."),
				() -> count("select count(*) from lesson where group_id = ?", this.f.groupId()));
		LocalDate today = LocalDate.now();
		SentTwice.makesOneRecord(as(COORDINATOR), group + "/pulse-surveys/new", group + "/pulse-surveys",
				(post) -> post.param("moment", "DATE")
					.param("openDay", String.valueOf(today.getDayOfMonth()))
					.param("openMonth", String.valueOf(today.getMonthValue()))
					.param("openYear", String.valueOf(today.getYear())),
				() -> count("select count(*) from pulse_survey where group_id = ?", this.f.groupId()));
	}

	@Test
	void aGoodPractice() throws Exception {
		String email = TestAccount.uniqueEmail("writer");
		long writer = this.accounts.createAccount(email, "Writer", Role.MEMBER, "en", this.f.menteeCity(),
				TestAccount.PASSWORD);
		SentTwice.makesOneRecord(as(new TestAccount(writer, email, "Writer", TestAccount.PASSWORD)),
				"/good-practices/new", "/good-practices",
				(post) -> post.param("organisationId", String.valueOf(this.f.menteeCity()))
					.param("title", "Homework clubs in the library"),
				() -> count("select count(*) from good_practice where owner_organisation_id = ?", this.f.menteeCity()));
	}

	@Test
	void aGroupAndAProgramme() throws Exception {
		long incluCities = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		String title = "Sent twice " + UUID.randomUUID();
		SentTwice.makesOneRecord(as(COORDINATOR), "/programmes/" + incluCities + "/groups/new",
				"/programmes/" + incluCities + "/groups",
				(post) -> post.param("title", title).param("status", "FORMING").param("languages", "en"),
				() -> count("select count(*) from mentoring_group where title = ?", title));

		String name = "Sent twice " + UUID.randomUUID();
		long cemr = this.jdbc.sql("select coordinating_organisation_id from programme where id = ?")
			.param(incluCities)
			.query(Long.class)
			.single();
		long coordinator = this.accounts.findIdByEmail(COORDINATOR.email()).orElseThrow();
		SentTwice.makesOneRecord(as(ADMIN), "/programmes/new", "/programmes",
				(post) -> post.param("name", name)
					.param("coordinatingOrganisationId", String.valueOf(cemr))
					.param("format", "BILATERAL")
					.param("steps", "NEEDS_ANALYSIS", "VISITS")
					.param("defaultVisits", "3")
					.param("coordinatorIds", String.valueOf(coordinator)),
				() -> count("select count(*) from programme where name = ?", name));
	}

	@Test
	void anInvitationToAGroupAndToCoordinateAProgramme() throws Exception {
		String group = "/groups/" + this.f.groupId() + "/invitations";
		String email = TestAccount.uniqueEmail("invited");
		SentTwice.makesOneRecord(as(COORDINATOR), group + "/new", group,
				(post) -> post.param("email", email)
					.param("participantId", String.valueOf(this.f.menteeParticipant()))
					.param("role", "OFFICER"),
				() -> count("select count(*) from invitation where email = ?", email));

		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(this.f.groupId())
			.query(Long.class)
			.single();
		String coordinatorEmail = TestAccount.uniqueEmail("coordinator");
		String invite = "/programmes/" + programme + "/coordinators/invite";
		SentTwice.makesOneRecord(as(COORDINATOR), invite, invite, (post) -> post.param("email", coordinatorEmail),
				() -> count("select count(*) from invitation where email = ?", coordinatorEmail));
	}

	@Test
	void anActionAndAPoliticalCommitmentOfADraftPlan() throws Exception {
		String plan = "/groups/" + this.f.groupId() + "/participants/" + this.f.menteeParticipant() + "/action-plan";
		as(this.f.mentee()).send(post(plan + "/start")).andExpect(status().is3xxRedirection());
		as(this.f.mentee()).send(post(plan + "/plan-parts").param("title", "Pilot"))
			.andExpect(status().is3xxRedirection());
		long document = this.jdbc.sql("select id from form_document where kind = 'ACTION_PLAN' and participant_id = ?")
			.param(this.f.menteeParticipant())
			.query(Long.class)
			.single();
		long part = count("select max(id) from plan_part where document_id = ?", document);
		String action = plan + "/plan-parts/" + part + "/actions/new";
		SentTwice.makesOneRecord(as(this.f.mentee()), action, action, (post) -> post.param("title", "Open a café"),
				() -> count("select count(*) from plan_action where part_id = ?", part));
		String commitment = plan + "/commitments/new";
		SentTwice.makesOneRecord(as(this.f.mentee()), commitment, commitment,
				(post) -> post.param("personName", "The mayor").param("how", "STATEMENT"),
				() -> count("select count(*) from plan_commitment where document_id = ?", document));
	}

	@Test
	void aMemberAndAMeetingOfALocalSupportNetwork() throws Exception {
		String network = "/groups/" + this.f.groupId() + "/participants/" + this.f.menteeParticipant()
				+ "/support-network";
		SentTwice.makesOneRecord(as(this.f.mentee()), network + "/members/new", network + "/members",
				(post) -> post.param("name", "Nadia Q.")
					.param("kind", "COMMUNITY_ASSOCIATION")
					.param("representsMigrants", "true")
					.param("consent", "true")
					.param("consentDate", LocalDate.now().minusDays(3).toString()),
				() -> count("select count(*) from support_network_member where participant_id = ?",
						this.f.menteeParticipant()));
		SentTwice.makesOneRecord(as(this.f.mentee()), network + "/meetings/new", network + "/meetings",
				(post) -> post.param("date", "2024-05-02").param("contribution", "Nadia gathers the questions."),
				() -> count("select count(*) from support_network_meeting where participant_id = ?",
						this.f.menteeParticipant()));
	}

	@Test
	void aMeetingOfTheGroup() throws Exception {
		String meeting = "/groups/" + this.f.groupId() + "/meetings/new";
		SentTwice.makesOneRecord(as(this.f.mentor()), meeting, meeting,
				(post) -> post.param("title", "Online check-in")
					.param("mode", "ONLINE")
					.param("day", "2")
					.param("month", "3")
					.param("year", "2027")
					.param("startsAt", "10:00")
					.param("endsAt", "11:00")
					.param("timeZone", "Europe/Brussels"),
				() -> count("select count(*) from group_meeting where group_id = ?", this.f.groupId()));
	}

	@Test
	void anItemOnTheAgendaOfAVisit() throws Exception {
		long visit = this.visits.create(this.f.groupId(),
				new VisitData(1, this.f.mentorCity(), VisitMode.ON_SITE, null, "Town hall", LocalDate.of(2027, 6, 14),
						LocalDate.of(2027, 6, 15), "Europe/Brussels", null, null, VisitStatus.PLANNED),
				"Test");
		String agenda = "/groups/" + this.f.groupId() + "/visits/" + visit + "/agenda/new";
		SentTwice.makesOneRecord(as(this.f.mentor()), agenda, agenda,
				(post) -> post.param("day", "2027-06-14")
					.param("startsAt", "09:00")
					.param("endsAt", "10:00")
					.param("title", "Welcome at the town hall")
					.param("kind", "SITE_VISIT"),
				() -> count("select count(*) from visit_agenda_item where visit_id = ?", visit));
	}

	@Test
	void aCallABenchmarkAndAnOrganisation() throws Exception {
		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(this.f.groupId())
			.query(Long.class)
			.single();
		String call = "Sent twice " + UUID.randomUUID();
		long theme = this.jdbc
			.sql("select theme_id from programme_theme where programme_id = ? order by theme_id limit 1")
			.param(programme)
			.query(Long.class)
			.single();
		SentTwice.makesOneRecord(as(COORDINATOR), "/programmes/" + programme + "/calls/new",
				"/programmes/" + programme + "/calls",
				(post) -> post.param("title", call)
					.param("deadline", LocalDate.now().plusMonths(1).toString())
					.param("themeIds", String.valueOf(theme))
					.param("open", "true"),
				() -> count("select count(*) from matching_call where title = ?", call));

		String benchmark = "Sent twice " + UUID.randomUUID();
		String benchmarks = "/programmes/" + programme + "/benchmarks";
		SentTwice.makesOneRecord(as(COORDINATOR), benchmarks + "/new", benchmarks,
				(post) -> post.param("title", benchmark).param("themeId", String.valueOf(theme)),
				() -> count("select count(*) from benchmark where title = ?", benchmark));

		String organisation = "Sent twice " + UUID.randomUUID();
		SentTwice.makesOneRecord(as(ADMIN), "/organisations/new", "/organisations",
				(post) -> post.param("name", organisation).param("kind", "CITY").param("country", "BE"),
				() -> count("select count(*) from organisation where name = ?", organisation));
	}

	private Sender as(TestAccount who) {
		return (request) -> this.fixtures.as(who, request);
	}

	private long count(String sql, Object parameter) {
		return this.jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

}
