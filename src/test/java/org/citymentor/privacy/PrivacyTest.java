package org.citymentor.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.actionplan.MonitoredPlans;
import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.actionplan.PlanApprovals;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.personaldata.FormerMember;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.citymentor.visit.VisitData;
import org.citymentor.visit.VisitMode;
import org.citymentor.visit.VisitStatus;
import org.citymentor.visit.Visits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's download and their erasure: the download holds their data from every module
 * and nothing of others; after erasure no column of any table holds their name or e-mail
 * address, while what they wrote is still there under "former member".
 */
@CityMentorTest
class PrivacyTest {

	static final TestAccount ADMIN = new TestAccount(0, "admin@example.org", "", "");

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MonitoredPlans plans;

	@Autowired
	GroupMembers members;

	@Autowired
	AccountService accounts;

	@Autowired
	Visits visits;

	@Autowired
	PlanApprovals approvals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A mentee-city officer who wrote in several modules, and what they wrote. */
	record Writer(Monitored plan, TestAccount person, long visit, String note, String comment, String answer,
			String progress) {

		FormFixture f() {
			return this.plan.f();
		}

	}

	private Writer writer() throws Exception {
		Monitored plan = this.plans.create(null);
		FormFixture f = plan.f();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "quast-" + suffix + "@test.citymentor.example";
		String name = "Erin Quast " + suffix;
		long id = this.accounts.createAccount(email, name, Role.MEMBER, "en", null, TestAccount.PASSWORD);
		TestAccount person = new TestAccount(id, email, name, TestAccount.PASSWORD);
		this.members.add(f.groupId(), f.menteeParticipant(), id, MemberRole.OFFICER);
		String answer = "The harbour district lacks a meeting place " + suffix;
		this.fixtures.as(person, post(f.needsAnalysis() + "/autosave").param("part", "A").param("a.challenge", answer))
			.andExpect(status().is2xxSuccessful());
		this.fixtures.as(person, post(f.needsAnalysis() + "/share").param("shared", "true"))
			.andExpect(status().isFound());
		String comment = "Ask the library too " + suffix;
		this.fixtures
			.as(person, post(f.needsAnalysis() + "/comments").param("question", "challenge").param("body", comment))
			.andExpect(status().isFound());
		this.fixtures
			.as(f.mentor(),
					post(f.needsAnalysis() + "/comments").param("question", "challenge").param("body", "Mentor asks"))
			.andExpect(status().isFound());
		long mentorComment = this.jdbc.sql("select id from form_comment where author_id = ?")
			.param(f.mentor().id())
			.query(Long.class)
			.single();
		this.fixtures.as(person, post(f.needsAnalysis() + "/comments/" + mentorComment + "/resolve"))
			.andExpect(status().isFound());
		long visit = this.visits.create(f.groupId(),
				new VisitData(1, f.mentorCity(), VisitMode.ON_SITE, null, "Town hall", LocalDate.of(2026, 3, 9),
						LocalDate.of(2026, 3, 10), "Europe/Brussels", null, null, VisitStatus.HELD),
				"Test");
		String note = "The square fills up on market days " + suffix;
		this.fixtures
			.as(person, post("/groups/" + f.groupId() + "/visits/" + visit + "/notes/mine").param("observations", note))
			.andExpect(status().is3xxRedirection());
		String progress = "The counter opens in May " + suffix;
		this.fixtures
			.as(person,
					post(plan.progress()).param("kind", "UPDATE")
						.param("day", "3")
						.param("month", "3")
						.param("year", "2026")
						.param("status", "ON_TRACK")
						.param("note", progress)
						.param("indicatorKey", indicatorKey(plan))
						.param("value", "12"))
			.andExpect(status().isFound());
		this.jdbc.sql("update plan_action set lead_name = ?, lead_user_id = ? where action_key = ?")
			.params(name, id, plan.action())
			.update();
		this.approvals.record(plan.document(), 1, PlanApprovals.Body.COUNCIL, null, LocalDate.of(2026, 2, 1), "7",
				new byte[] { 1 }, id, name);
		return new Writer(plan, person, visit, note, comment, answer, progress);
	}

	private String indicatorKey(Monitored p) {
		return this.jdbc.sql("""
				select i.indicator_key::text from plan_indicator i join plan_action a on a.id = i.action_id
				where a.action_key = ?
				""").param(p.action()).query(String.class).single();
	}

	@Test
	void theDownloadHoldsThePersonsDataFromSeveralModulesAndNothingOfOthers() throws Exception {
		Writer w = writer();
		this.jdbc.sql("""
				insert into support_network_member (group_id, participant_id, name, kind, contact, represents_migrants,
				    consent_date)
				values (?, ?, 'Noor Hadid-Network', 'NGO', 'noor@network.example', true, date '2026-01-05')
				""").params(w.f().groupId(), w.f().menteeParticipant()).update();
		String json = this.fixtures.as(w.person(), get("/account/personal-data.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains(w.person().email(), w.person().displayName(), w.note(), w.comment(), w.progress(),
				"\"challenge\"");
		assertThat(json).contains("\"account\"", "\"forms\"", "\"visits\"", "\"actionPlans\"", "\"memberships\"",
				"\"activity\"");
		// the mentor's comment on the same form, other people and the network are not
		// theirs
		assertThat(json).doesNotContain("Mentor asks", w.f().mentor().email(), "Noor Hadid-Network",
				"noor@network.example");
		String mentorsJson = this.fixtures.as(w.f().mentor(), get("/account/personal-data.json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mentorsJson).contains("Mentor asks").doesNotContain(w.note(), w.person().email());

		byte[] pdf = this.fixtures.as(w.person(), get("/account/personal-data.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void erasureLeavesTheNameAndAddressNowhereAndKeepsWhatThePersonWrote() throws Exception {
		Writer w = writer();
		String base = "/admin/people/" + w.person().id() + "/erase";
		assertThat(this.fixtures.page(ADMIN, base)).contains(w.person().displayName());
		assertThat(this.fixtures.page(ADMIN, base + "/confirm")).contains(w.person().email());
		// a wrong address erases nothing
		String refused = this.fixtures.as(ADMIN, post(base).param("confirmEmail", "someone@else.example"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("is not this person").contains("someone@else.example");
		assertThat(occurrences(w.person().displayName())).isNotEmpty();

		this.fixtures.as(ADMIN, post(base).param("confirmEmail", " " + w.person().email().toUpperCase() + " "))
			.andExpect(status().isFound());

		assertThat(occurrences(w.person().displayName())).isEmpty();
		assertThat(occurrences(w.person().email())).isEmpty();
		// the content stays, attributed to the former member
		assertThat(value("select count(*) from visit_note where observations = ?", w.note())).isEqualTo(1L);
		assertThat(value("select author_name from form_comment where body = ?", w.comment()))
			.isEqualTo(FormerMember.LABEL);
		assertThat(value("select author_name from plan_progress where note = ?", w.progress()))
			.isEqualTo(FormerMember.LABEL);
		assertThat(this.jdbc.sql("select value_text from form_answer where value_text = ?")
			.param(w.answer())
			.query(String.class)
			.list()).hasSize(1);
		assertThat(value("select names_former_member from plan_approval where document_id = ?", w.plan().document()))
			.isEqualTo(true);
		// readers see "former member" in their language, never the marker
		String notes = this.fixtures.page(w.f().mentor(), "/groups/" + w.f().groupId() + "/visits/" + w.visit());
		String answers = this.fixtures.page(w.f().mentor(), w.f().needsAnalysis() + "/answers");
		assertThat(answers).contains(w.comment()).contains("former member").doesNotContain(FormerMember.LABEL);
		assertThat(notes).doesNotContain(FormerMember.LABEL);
		// recorded without a name; the account cannot sign in
		assertThat(value("select count(*) from personal_data_erasure where erased_user_id = ?", w.person().id()))
			.isEqualTo(1L);
		assertThat(value("select password_hash is null and not enabled from app_user where id = ?", w.person().id()))
			.isEqualTo(true);
		this.mvc
			.perform(post("/login").param("email", w.person().email())
				.param("password", TestAccount.PASSWORD)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?error"));
		assertThat(this.fixtures.page(ADMIN, base)).contains("was erased on");
	}

	@Test
	void onlyAdministratorsEraseNobodyErasesThemselvesAndTheLastAdministratorStays() throws Exception {
		Writer w = writer();
		String base = "/admin/people/" + w.person().id() + "/erase";
		this.fixtures.as(w.f().mentor(), get(base)).andExpect(status().isForbidden());
		this.fixtures.as(w.f().mentor(), post(base).param("confirmEmail", w.person().email()))
			.andExpect(status().isForbidden());
		assertThat(occurrences(w.person().email())).isNotEmpty();

		long adminId = this.accounts.findIdByEmail(ADMIN.email()).orElseThrow();
		this.fixtures.as(ADMIN, post("/admin/people/" + adminId + "/erase").param("confirmEmail", ADMIN.email()))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.page(ADMIN, "/admin/people/" + adminId + "/erase")).contains("cannot erase yourself");

		TestAccount other = TestAccount.create(this.accounts, "admin", Role.ADMIN);
		assertThat(this.privacy.refusal(adminId, other.id())).isEmpty();
		List<Long> others = this.jdbc.sql("select id from app_user where role = 'ADMIN' and enabled and id <> ?")
			.param(adminId)
			.query(Long.class)
			.list();
		this.jdbc.sql("update app_user set enabled = false where id in (:ids)").param("ids", others).update();
		try {
			assertThat(this.privacy.refusal(adminId, other.id())).contains("privacy.erase.refused.lastAdmin");
			assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> this.privacy.erase(adminId, other.id())))
				.isInstanceOf(ErasureRefusedException.class);
		}
		finally {
			this.jdbc.sql("update app_user set enabled = true where id in (:ids)").param("ids", others).update();
		}
		assertThat(this.jdbc.sql("select email from app_user where id = ?").param(adminId).query(String.class).single())
			.isEqualTo(ADMIN.email());
	}

	@Test
	void thePrivacyPageIsPublicAndLinkedFromEveryPage() throws Exception {
		String page = this.mvc.perform(get("/privacy"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Privacy and your personal data").contains("5 years after the group closed");
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/privacy\"");
	}

	@Autowired
	Privacy privacy;

	private List<String> occurrences(String text) {
		return occurrences(this.jdbc, text);
	}

	/**
	 * Every text, varchar and jsonb column of every table that holds this text (also used
	 * by the other privacy tests).
	 */
	static List<String> occurrences(JdbcClient jdbc, String text) {
		List<String> found = new ArrayList<>();
		List<String[]> columns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb')
				  and table_name in (select table_name from information_schema.tables
				                     where table_schema = 'public' and table_type = 'BASE TABLE')
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		for (String[] column : columns) {
			long count = jdbc
				.sql("select count(*) from \"" + column[0] + "\" where strpos(lower(\"" + column[1]
						+ "\"::text), lower(?)) > 0")
				.param(text)
				.query(Long.class)
				.single();
			if (count > 0) {
				found.add(column[0] + "." + column[1]);
			}
		}
		return found;
	}

	/** The one value a query answers (null allowed). */
	private Object value(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query((rs, n) -> rs.getObject(1)).list().get(0);
	}

}
