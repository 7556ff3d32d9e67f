package org.citymentor.needs;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.form.Answer;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs analysis from a mentee officer's first answer to a compared second version:
 * nothing typed is lost (invalid input, autosave, two people in one draft), drafts stay
 * private until shared, submitted versions never change, and only the right people read
 * or change it.
 */
@CityMentorTest
class NeedsAnalysisLifecycleTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GroupMembers members;

	@Autowired
	AccountService accounts;

	FormFixture f;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
	}

	@Test
	void aTooLongAnswerIsRefusedNextToTheFieldAndEverythingTypedIsKept() throws Exception {
		String tooLong = "x".repeat(10_001);
		MvcResult result = as(this.f.mentee(),
				post(this.f.needsAnalysis() + "/parts/A").param("a.challenge", "Our challenge")
					.param("a.evidence", tooLong)
					.param("action", "continue"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary a[href=#a-evidence]").text()).contains("10,000 characters");
		assertThat(page.select("#q-evidence .govuk-error-message").text()).contains("10,000");
		assertThat(page.select("textarea#a-evidence").text()).hasSize(10_001);
		assertThat(page.select("textarea#a-challenge").text()).isEqualTo("Our challenge");
		assertThat(draft()).containsEntry("challenge", Answer.ofText("Our challenge")).doesNotContainKey("evidence");
	}

	@Test
	void saveAndContinueGoesToCheckYourAnswersThenSubmitMakesAnImmutableVersion() throws Exception {
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/parts/A").param("a.challenge", "Reach newcomers")
			.param("action", "continue")).andExpect(redirectedUrl(this.f.needsAnalysis() + "/check"));
		String check = page(this.f.mentee(), this.f.needsAnalysis() + "/check");
		assertThat(Jsoup.parse(check).select(".govuk-summary-list").text()).contains("Reach newcomers");
		long version = Jsoup.parse(check).select("input[name=version]").attr("value").transform(Long::parseLong);

		as(this.f.mentee(), post(this.f.needsAnalysis() + "/submit").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(this.f.needsAnalysis()));
		assertThat(versionAnswer(1, "challenge")).isEqualTo("Reach newcomers");
		// submitted: the draft is locked until someone starts a new version
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/parts/A").param("a.challenge", "Changed"))
			.andExpect(redirectedUrl(this.f.needsAnalysis()));
		assertThat(draft().get("challenge").text()).isEqualTo("Reach newcomers");

		as(this.f.mentee(), post(this.f.needsAnalysis() + "/reopen")).andExpect(status().isFound());
		save(this.f.mentee(), Map.of("challenge", "Reach newcomers and their children"),
				Map.of("challenge", Answer.ofText("Reach newcomers").fingerprint()));
		String check2 = page(this.f.mentee(), this.f.needsAnalysis() + "/check");
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/submit").param("version",
				Jsoup.parse(check2).select("input[name=version]").attr("value")))
			.andExpect(status().isFound());

		assertThat(versionAnswer(1, "challenge")).isEqualTo("Reach newcomers");
		assertThat(versionAnswer(2, "challenge")).isEqualTo("Reach newcomers and their children");
		Document compare = Jsoup.parse(page(this.f.mentee(), this.f.needsAnalysis() + "/compare?from=1&to=2"));
		assertThat(compare.select("tr.cm-changed")).hasSize(1);
		assertThat(compare.select("tr.cm-changed ins").text()).contains("their").contains("children");
		assertThat(activity()).contains("NEEDS_ANALYSIS_SUBMITTED", "NEEDS_ANALYSIS_REOPENED");
	}

	@Test
	void submittingAfterTheDraftChangedAsksToCheckAgain() throws Exception {
		save(this.f.mentee(), Map.of("challenge", "First"), Map.of());
		String check = page(this.f.mentee(), this.f.needsAnalysis() + "/check");
		String version = Jsoup.parse(check).select("input[name=version]").attr("value");
		save(this.f.mentee(), Map.of("impact", "Added meanwhile"), Map.of());
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/submit").param("version", version))
			.andExpect(redirectedUrl(this.f.needsAnalysis() + "/check"));
		assertThat(this.jdbc
			.sql("select count(*) from form_version v join form_document d on d.id = v.document_id "
					+ "where d.participant_id = ?")
			.param(this.f.menteeParticipant())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoPeopleInOneDraftNeverOverwriteEachOtherSilently() throws Exception {
		TestAccount colleague = TestAccount.create(this.accounts, "colleague",
				org.citymentor.shared.security.Role.MEMBER);
		this.members.add(this.f.groupId(), this.f.menteeParticipant(), colleague.id(),
				org.citymentor.access.MemberRole.OFFICER);
		save(this.f.mentee(), Map.of("challenge", "Base text"), Map.of());
		String shown = Answer.ofText("Base text").fingerprint();
		// the colleague changes the challenge and the evidence
		save(colleague, Map.of("challenge", "Colleague's text", "evidence", "Their evidence"),
				Map.of("challenge", shown));
		// the officer, still on the old page, changes the challenge and the impact
		MvcResult result = as(this.f.mentee(),
				post(this.f.needsAnalysis() + "/parts/A").param("a.challenge", "My text")
					.param("shown.challenge", shown)
					.param("a.impact", "My impact")
					.param("a.evidence", "")
					.param("shown.evidence", Answer.EMPTY.fingerprint()))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#conflict-title")).isNotEmpty();
		assertThat(page.select("textarea#a-challenge").text()).isEqualTo("My text");
		assertThat(page.select("#a-challenge-theirs").text()).contains("Colleague's text");
		// the colleague's evidence was not wiped by the officer's stale empty field
		assertThat(draft()).containsEntry("challenge", Answer.ofText("Colleague's text"))
			.containsEntry("evidence", Answer.ofText("Their evidence"))
			.containsEntry("impact", Answer.ofText("My impact"));

		// merging: the page now carries the stored answer's fingerprint, so saving the
		// merged text wins
		String merged = page.select("input[name=shown.challenge]").attr("value");
		save(this.f.mentee(), Map.of("challenge", "My text and the colleague's"), Map.of("challenge", merged));
		assertThat(draft().get("challenge").text()).isEqualTo("My text and the colleague's");
	}

	@Test
	void autosaveSavesWhatIsValidAndSaysWhen() throws Exception {
		MvcResult result = as(this.f.mentee(),
				post(this.f.needsAnalysis() + "/autosave").header("HX-Request", "true")
					.param("part", "A")
					.param("a.challenge", "Typed, not yet submitted"))
			.andExpect(status().isOk())
			.andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(body).contains("Draft saved at").contains("hx-swap-oob").contains("shown-challenge");
		assertThat(draft().get("challenge").text()).isEqualTo("Typed, not yet submitted");
		// the mentor may read but never write
		as(this.f.mentor(), post(this.f.needsAnalysis() + "/autosave").param("part", "A").param("a.challenge", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDraftIsPrivateUntilSharedThenTheMentorCommentsAndTheMenteeResolves() throws Exception {
		save(this.f.mentee(), Map.of("challenge", "Private thoughts"), Map.of());
		assertThat(page(this.f.mentor(), this.f.needsAnalysis())).doesNotContain("Private thoughts");
		as(this.f.mentor(), get(this.f.needsAnalysis() + "/answers")).andExpect(status().isForbidden());
		as(this.f.mentor(), get(this.f.needsAnalysis() + "/parts/A")).andExpect(status().isForbidden());
		as(this.f.mentor(), post(this.f.needsAnalysis() + "/share")).andExpect(status().isForbidden());

		as(this.f.mentee(), post(this.f.needsAnalysis() + "/share").param("shared", "true"))
			.andExpect(status().isFound());
		assertThat(page(this.f.mentor(), this.f.needsAnalysis() + "/answers")).contains("Private thoughts");
		as(this.f.mentor(),
				post(this.f.needsAnalysis() + "/comments").param("question", "challenge").param("body", "Who exactly?"))
			.andExpect(status().isFound());
		Document mine = Jsoup.parse(page(this.f.mentee(), this.f.needsAnalysis() + "/parts/A"));
		assertThat(mine.select("#q-challenge + .cm-comments").text()).contains("Who exactly?");

		long comment = this.jdbc.sql("select id from form_comment where body = 'Who exactly?' and author_id = ?")
			.param(this.f.mentor().id())
			.query(Long.class)
			.single();
		as(this.f.mentor(), post(this.f.needsAnalysis() + "/comments/" + comment + "/resolve"))
			.andExpect(status().isForbidden());
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/comments/" + comment + "/resolve"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select resolved_by from form_comment where id = ?")
			.param(comment)
			.query(String.class)
			.single()).isEqualTo(this.f.mentee().displayName());
		// an empty comment is refused with a message, not stored
		as(this.f.mentor(),
				post(this.f.needsAnalysis() + "/comments").param("question", "challenge").param("body", " "))
			.andExpect(status().isFound());
		assertThat(this.jdbc
			.sql("select count(*) from form_comment c join form_document d on d.id = c.document_id "
					+ "where d.participant_id = ?")
			.param(this.f.menteeParticipant())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void coordinatorsReadSubmittedVersionsNeverDraftsAndOutsidersSeeNothing() throws Exception {
		save(this.f.mentee(), Map.of("challenge", "Submitted text"), Map.of());
		submit();
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/reopen"));
		save(this.f.mentee(), Map.of("challenge", "Draft text"),
				Map.of("challenge", Answer.ofText("Submitted text").fingerprint()));
		var coordinator = this.users.loadUserByUsername("coordinator@cemr.example.org");
		String read = this.mvc.perform(get(this.f.needsAnalysis() + "/answers").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(read).contains("Submitted text").doesNotContain("Draft text");
		this.mvc.perform(get(this.f.needsAnalysis() + "/compare?from=1&to=0").with(user(coordinator)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.f.needsAnalysis() + "/parts/A").with(user(coordinator)))
			.andExpect(status().isForbidden());
		var otherCoordinator = this.users.loadUserByUsername("coordinator@vvsg.example.org");
		this.mvc.perform(get(this.f.needsAnalysis()).with(user(otherCoordinator))).andExpect(status().isNotFound());
		as(this.f.outsider(), get(this.f.needsAnalysis())).andExpect(status().isNotFound());
		as(this.f.outsider(), post(this.f.needsAnalysis() + "/parts/A").param("a.challenge", "x"))
			.andExpect(status().isNotFound());
		// a participant of another group under this group's id: not found
		long capaci = this.jdbc
			.sql("select p.id from group_participant p join organisation o on o.id = p.organisation_id "
					+ "where o.name = 'Capaci' order by p.id limit 1")
			.query(Long.class)
			.single();
		as(this.f.mentee(), get("/groups/" + this.f.groupId() + "/participants/" + capaci + "/needs-analysis"))
			.andExpect(status().isNotFound());
		// the mentor's side has no needs analysis
		as(this.f.mentee(),
				get("/groups/" + this.f.groupId() + "/participants/" + this.f.mentorParticipant() + "/needs-analysis"))
			.andExpect(status().isNotFound());
	}

	@Test
	void answersAreShownAsTextAndThePdfHoldsThem() throws Exception {
		save(this.f.mentee(), Map.of("challenge", "<script>alert('x')</script> Jelgava’s ē and naïve café"), Map.of());
		submit();
		String html = page(this.f.mentee(), this.f.needsAnalysis() + "/answers?version=1");
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
		byte[] pdf = as(this.f.mentee(), get(this.f.needsAnalysis() + ".pdf?version=1")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Needs analysis")
				.contains("Version 1")
				.contains("Which challenge or need")
				.contains("naïve café")
				.contains("Jelgava’s ē");
		}
		assertThat(page(this.f.mentee(), this.f.needsAnalysis() + "/print")).contains("naïve café");
	}

	@Test
	void theJourneyAndTheOverviewShowTheStatusWithoutContent() throws Exception {
		String group = page(this.f.mentee(), "/groups/" + this.f.groupId());
		assertThat(Jsoup.parse(group).select("a[href=" + this.f.needsAnalysis() + "]")).isNotEmpty();
		save(this.f.mentee(), Map.of("challenge", "Secret draft"), Map.of());
		var coordinator = this.users.loadUserByUsername("coordinator@cemr.example.org");
		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(this.f.groupId())
			.query(Long.class)
			.single();
		String csv = this.mvc.perform(get("/programmes/" + programme + "/groups.csv").with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = csv.lines()
			.filter((line) -> line.contains("Forms test"))
			.filter((line) -> line.contains(this.jdbc.sql("select title from mentoring_group where id = ?")
				.param(this.f.groupId())
				.query(String.class)
				.single()))
			.findFirst()
			.orElseThrow();
		assertThat(row).contains("In progress").doesNotContain("Secret draft");
		submit();
		assertThat(NeedsAnalysisStep
			.status(new NeedsAnalyses(this.jdbc).of(List.of(this.f.groupId())).get(this.f.groupId())))
			.isEqualTo(org.citymentor.group.TaskStatus.COMPLETED);
	}

	private void submit() throws Exception {
		String check = page(this.f.mentee(), this.f.needsAnalysis() + "/check");
		as(this.f.mentee(),
				post(this.f.needsAnalysis() + "/submit").param("version",
						Jsoup.parse(check).select("input[name=version]").attr("value")))
			.andExpect(redirectedUrl(this.f.needsAnalysis()));
	}

	private void save(TestAccount who, Map<String, String> answers, Map<String, String> shown) throws Exception {
		MockHttpServletRequestBuilder request = post(this.f.needsAnalysis() + "/parts/A").param("action", "later");
		answers.forEach((key, value) -> request.param("a." + key, value));
		shown.forEach((key, value) -> request.param("shown." + key, value));
		as(who, request).andExpect(status().isFound());
	}

	private ResultActions as(TestAccount who, MockHttpServletRequestBuilder request) throws Exception {
		return this.fixtures.as(who, request);
	}

	private String page(TestAccount who, String path) throws Exception {
		return this.fixtures.page(who, path);
	}

	private Map<String, Answer> draft() {
		Map<String, Answer> answers = new java.util.HashMap<>();
		this.jdbc.sql("""
				select a.question_key, a.value_text from form_answer a join form_document d on d.id = a.document_id
				where d.participant_id = ? and d.kind = 'NEEDS_ANALYSIS'
				""").param(this.f.menteeParticipant()).query((rs, n) -> {
			answers.put(rs.getString(1), Answer.ofText(rs.getString(2)));
			return null;
		}).list();
		return answers;
	}

	private String versionAnswer(int number, String key) {
		return this.jdbc.sql("""
				select a.value_text from form_version_answer a join form_version v on v.id = a.version_id
				join form_document d on d.id = v.document_id
				where d.participant_id = ? and v.number = ? and a.question_key = ?
				""").params(this.f.menteeParticipant(), number, key).query(String.class).single();
	}

	private List<String> activity() {
		return this.jdbc.sql("select kind from activity where group_id = ?")
			.param(this.f.groupId())
			.query(String.class)
			.list();
	}

}
