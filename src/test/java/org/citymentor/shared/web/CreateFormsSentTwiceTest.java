package org.citymentor.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.citymentor.shared.DisplayZone;
import org.citymentor.account.AccountService;
import org.citymentor.actionplan.MonitoredPlans;
import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.learning.LearningFixture;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every create form where a double click would make a duplicate carries a one-time token:
 * the same POST sent twice makes one record (the new-visit form: {@link FormTokensTest}).
 * Forms whose records the database keeps unique (registrations, applications to a call,
 * pulse-survey answers) need none; see docs/resilience.md. Uploads carry the token as a
 * field of their multipart body.
 */
@CityMentorTest
class CreateFormsSentTwiceTest {

	/**
	 * The app's "today" is a day in its own zone, not in the JVM's (they differ around
	 * midnight).
	 */
	@Autowired
	DisplayZone zone;

	static final TestAccount COORDINATOR = new TestAccount(0, "coordinator@cemr.example.org", "", "");

	static final TestAccount ADMIN = new TestAccount(0, "admin@example.org", "", "");

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

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

	@Autowired
	LearningFixture learning;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	FormFixture f;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
	}

	@Test
	void aFollowUpOfAVisitNote() throws Exception {
		long visit = visit(LocalDate.of(2026, 3, 2), VisitStatus.HELD);
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
		SentTwice.makesOneRecord(as(COORDINATOR), form, form, CreateFormsSentTwiceTest::training,
				() -> count("select count(*) from training where group_id = ?", this.f.groupId()));
	}

	@Test
	void aLessonLearnedAndAPulseSurvey() throws Exception {
		String group = "/groups/" + this.f.groupId();
		SentTwice.makesOneRecord(as(this.f.mentee()), group + "/lessons/new", group + "/lessons",
				(post) -> post.param("title", "Ask the neighbours first").param("body", "They know."),
				() -> count("select count(*) from lesson where group_id = ?", this.f.groupId()));
		LocalDate today = LocalDate.now(this.zone.zone());
		SentTwice.makesOneRecord(as(COORDINATOR), group + "/pulse-surveys/new", group + "/pulse-surveys",
				(post) -> post.param("moment", "DATE")
					.param("openDay", String.valueOf(today.getDayOfMonth()))
					.param("openMonth", String.valueOf(today.getMonthValue()))
					.param("openYear", String.valueOf(today.getYear())),
				() -> count("select count(*) from pulse_survey where group_id = ?", this.f.groupId()));
	}

	@Test
	void aGoodPractice() throws Exception {
		SentTwice.makesOneRecord(as(writer()), "/good-practices/new", "/good-practices",
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
		SentTwice.makesOneRecord(as(ADMIN), "/programmes/new", "/programmes",
				(post) -> programme(post, name, "BILATERAL"),
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

		long programme = programmeOfTheGroup();
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
		long visit = visit(LocalDate.of(2027, 6, 14), VisitStatus.PLANNED);
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
		long programme = programmeOfTheGroup();
		String call = "Sent twice " + UUID.randomUUID();
		long theme = themeOf(programme);
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

	@Test
	void aTheme() throws Exception {
		String label = "Sent twice " + UUID.randomUUID();
		SentTwice.makesOneRecord(as(ADMIN), "/admin/themes", "/admin/themes",
				(post) -> post.param("labelEn", label).param("labelNl", label).param("active", "true"),
				() -> count("select count(*) from theme where label_en = ?", label));
	}

	@Test
	void aGoalOfAProgrammeAndAnActionOfTheGoal() throws Exception {
		long programme = newProgramme();
		String page = "/programmes/" + programme;
		SentTwice.makesOneRecord(as(COORDINATOR), page, page + "/goals",
				(post) -> post.param("number", "7").param("title", "Fewer people sleeping rough"),
				() -> count("select count(*) from programme_goal where programme_id = ?", programme));
		long goal = count("select max(id) from programme_goal where programme_id = ?", programme);
		SentTwice.makesOneRecord(as(COORDINATOR), page, page + "/goals/" + goal + "/actions",
				(post) -> post.param("title", "A night count twice a year"),
				() -> count("select count(*) from programme_action where goal_id = ?", goal));
	}

	@Test
	void aPartOfAnActionPlan() throws Exception {
		String plan = "/groups/" + this.f.groupId() + "/participants/" + this.f.menteeParticipant() + "/action-plan";
		as(this.f.mentee()).send(post(plan + "/start")).andExpect(status().is3xxRedirection());
		SentTwice
			.makesOneRecord(as(this.f.mentee()), plan, plan + "/plan-parts",
					(post) -> post.param("title", "Housing first"),
					() -> count(
							"select count(*) from plan_part p join form_document d on d.id = p.document_id "
									+ "where d.kind = 'ACTION_PLAN' and d.participant_id = ?",
							this.f.menteeParticipant()));
	}

	@Test
	void aKeyAndAContextFactorOfABenchmarkAndACopyOfIt() throws Exception {
		long programme = programmeOfTheGroup();
		long theme = themeOf(programme);
		String base = as(COORDINATOR)
			.send(post("/programmes/" + programme + "/benchmarks").param("title", "Sent twice " + UUID.randomUUID())
				.param("themeId", String.valueOf(theme)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long benchmark = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
		for (String kind : new String[] { "KEY", "CONTEXT" }) {
			SentTwice.makesOneRecord(as(COORDINATOR), base + "/factors/new?kind=" + kind, base + "/factors",
					(post) -> post.param("kind", kind).param("title", "A budget line of its own"),
					() -> count("select count(*) from benchmark_factor where benchmark_id = ? and kind = ?", benchmark,
							kind));
		}
		long target = newProgramme();
		SentTwice.makesOneRecord(as(COORDINATOR), base + "/copy", base + "/copy",
				(post) -> post.param("targetProgrammeId", String.valueOf(target)),
				() -> count("select count(*) from benchmark where programme_id = ? and copied_from_id = ?", target,
						benchmark));
	}

	@Test
	void aGuestOfAVisit() throws Exception {
		long visit = visit(LocalDate.of(2027, 6, 14), VisitStatus.PLANNED);
		String participants = "/groups/" + this.f.groupId() + "/visits/" + visit + "/participants";
		SentTwice.makesOneRecord(as(this.f.mentor()), participants, participants + "/guests",
				(post) -> post.param("name", "Ana P.").param("organisation", "Housing office"),
				() -> count("select count(*) from visit_participant where visit_id = ? and kind = 'GUEST'", visit));
	}

	@Test
	void aQuestionToALearningSessionAWalkInAndAMaterial() throws Exception {
		LearningFixture.Fixture session = this.learning.create(true, null);
		as(session.memberA()).send(post(session.page() + "/registrations")).andExpect(status().is3xxRedirection());
		this.jdbc.sql("update group_meeting set held_on = current_date - 1 where id = ?")
			.param(session.sessionId())
			.update();
		SentTwice.makesOneRecord(as(session.memberA()), session.page(), session.page() + "/questions",
				(post) -> post.param("text", "Can we see the budget?"),
				() -> count("select count(*) from session_question where meeting_id = ?", session.sessionId()));

		String followUp = session.page() + "/follow-up";
		TestAccount mentor = session.group().mentor();
		SentTwice.makesOneRecord(as(mentor), followUp, session.page() + "/walk-ins",
				(post) -> post.param("name", "Walter W."),
				() -> count("select count(*) from session_attendance where meeting_id = ? and walk_in_name is not null",
						session.sessionId()));
		SentTwice.uploadMakesOneRecord(as(mentor), followUp, session.page() + "/materials",
				(upload) -> upload.file(new MockMultipartFile("file", "slides.pdf", "application/pdf", PDF))
					.param("title", "Slides"),
				() -> count("select count(*) from session_material where meeting_id = ?", session.sessionId()));
	}

	@Test
	void aRequestToJoinTheLearningNetworksSentWithoutAnAccount() throws Exception {
		long vvsg = this.jdbc.sql("select id from organisation where name like 'VVSG%'").query(Long.class).single();
		String email = TestAccount.uniqueEmail("join");
		String join = "/associations/" + vvsg + "/join";
		SentTwice.makesOneRecord(anonymous("10.9.7." + Math.abs(email.hashCode() % 200)), join, join,
				(post) -> post.param("name", "Els Jacobs").param("municipality", "Zoersel").param("email", email),
				() -> count("select count(*) from session_join_request where email = lower(?)", email));
	}

	@Test
	void aFileAndALinkOfATraining() throws Exception {
		as(COORDINATOR).send(training(post("/groups/" + this.f.groupId() + "/trainings/new")))
			.andExpect(status().is3xxRedirection());
		long training = count("select max(id) from training where group_id = ?", this.f.groupId());
		String page = "/trainings/" + training;
		SentTwice.uploadMakesOneRecord(as(COORDINATOR), page, page + "/files",
				(upload) -> upload.file(new MockMultipartFile("file", "programme.pdf", "application/pdf", PDF)),
				() -> count("select count(*) from training_file where training_id = ?", training));
		SentTwice.makesOneRecord(as(COORDINATOR), page, page + "/links",
				(post) -> post.param("linkTitle", "Slides").param("linkUrl", "https://example.org/slides"),
				() -> count("select count(*) from training_link where training_id = ?", training));
	}

	@Test
	void aFileOfAGoodPractice() throws Exception {
		TestAccount author = writer();
		as(author)
			.send(post("/good-practices").param("organisationId", String.valueOf(this.f.menteeCity()))
				.param("title", "Homework clubs in the library"))
			.andExpect(status().is3xxRedirection());
		long sheet = count("select max(id) from good_practice where owner_organisation_id = ?", this.f.menteeCity());
		String page = "/good-practices/" + sheet;
		SentTwice.uploadMakesOneRecord(as(author), page, page + "/files",
				(upload) -> upload.file(new MockMultipartFile("file", "report.pdf", "application/pdf", PDF)),
				() -> count("select count(*) from good_practice_file where good_practice_id = ?", sheet));
	}

	/**
	 * A learning network (the format with goals) coordinated by {@link #COORDINATOR},
	 * with nothing in it yet.
	 */
	private long newProgramme() throws Exception {
		String name = "Sent twice " + UUID.randomUUID();
		as(ADMIN).send(programme(post("/programmes"), name, "LEARNING_NETWORK")).andExpect(status().is3xxRedirection());
		return count("select id from programme where name = ?", name);
	}

	/** The fields of a new programme coordinated by {@link #COORDINATOR}. */
	private MockHttpServletRequestBuilder programme(MockHttpServletRequestBuilder post, String name, String format) {
		long cemr = count("select coordinating_organisation_id from programme where id = ?", programmeOfTheGroup());
		long coordinator = this.accounts.findIdByEmail(COORDINATOR.email()).orElseThrow();
		return post.param("name", name)
			.param("coordinatingOrganisationId", String.valueOf(cemr))
			.param("format", format)
			.param("steps", "NEEDS_ANALYSIS", "VISITS")
			.param("defaultVisits", "3")
			.param("coordinatorIds", String.valueOf(coordinator));
	}

	/** The fields of a new training session. */
	private static MockHttpServletRequestBuilder training(MockHttpServletRequestBuilder post) {
		return post.param("title", "Kick-off")
			.param("day", "24")
			.param("month", "11")
			.param("year", "2027")
			.param("startsAt", "09:30")
			.param("endsAt", "12:30")
			.param("timeZone", "Europe/Brussels")
			.param("mode", "ONLINE")
			.param("meetingLink", "https://meet.example.org/kick-off")
			.param("agenda", "Welcome");
	}

	private long visit(LocalDate day, VisitStatus status) {
		return this.visits.create(this.f.groupId(), new VisitData(1, this.f.mentorCity(), VisitMode.ON_SITE, null,
				"Town hall", day, day.plusDays(1), "Europe/Brussels", null, null, status), "Test");
	}

	/** A member of the mentee city, who may write its good practices. */
	private TestAccount writer() {
		String email = TestAccount.uniqueEmail("writer");
		long id = this.accounts.createAccount(email, "Writer", Role.MEMBER, "en", this.f.menteeCity(),
				TestAccount.PASSWORD);
		return new TestAccount(id, email, "Writer", TestAccount.PASSWORD);
	}

	private long themeOf(long programme) {
		return count("select theme_id from programme_theme where programme_id = ? order by theme_id limit 1",
				programme);
	}

	private long programmeOfTheGroup() {
		return count("select programme_id from mentoring_group where id = ?", this.f.groupId());
	}

	private Sender as(TestAccount who) {
		return (request) -> this.mvc
			.perform(request.with(user(this.users.loadUserByUsername(who.email()))).with(csrf()));
	}

	/**
	 * Someone without an account, from their own address (join requests are limited per
	 * address).
	 */
	private Sender anonymous(String address) {
		return (request) -> this.mvc.perform(request.with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		}));
	}

	private long count(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

}
