package org.citymentor.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.access.Coordinators;
import org.citymentor.account.AccountService;
import org.citymentor.group.TaskStatus;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Self-assessments against a benchmark: scores are checked and nothing typed is lost,
 * answered versions never change, the chart and its table show the scores of every
 * assessment, the focus is stored and exposed, and each person sees what they may.
 */
@CityMentorTest
class SelfAssessmentTest {

	static final TestAccount COORDINATOR = new TestAccount(0, "coordinator@cemr.example.org", "Claire Dumont", "");

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	FormFixtures fixtures;

	@Autowired
	BenchmarkFixtures benchmarks;

	@Autowired
	Benchmarks service;

	@Autowired
	SelfAssessments assessments;

	@Autowired
	Focus focus;

	@Autowired
	BenchmarkStep step;

	@Autowired
	Coordinators coordinators;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void scoresOutOfRangeAreRefusedAndWhatWasTypedStays() throws Exception {
		FormFixture f = this.fixtures.create();
		long benchmark = this.benchmarks.publishedFor(f);
		BenchmarkVersion version = this.service.latestVersion(benchmark).orElseThrow();
		long first = version.keyFactors().get(0).key();
		long second = version.keyFactors().get(1).key();
		String edit = BenchmarkFixtures.result(f) + "/edit";
		for (String bad : List.of("0", "6", "abc")) {
			Document page = Jsoup.parse(this.fixtures
				.as(f.mentee(),
						post(edit).param("scores[" + first + "]", bad)
							.param("evidence[" + first + "]", "Our vision is on page 3")
							.param("scores[" + second + "]", "2")
							.param("action", "save"))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select(".govuk-error-summary").text()).contains("Choose a score from 1 to 5");
			assertThat(page.select("#score-" + first + "-error").text()).contains("Choose a score from 1 to 5");
			assertThat(page.select("#evidence-" + first).text()).isEqualTo("Our vision is on page 3");
			assertThat(page.select("#score-" + second + "-2").hasAttr("checked")).isTrue();
		}
		assertThat(this.assessments.draft(f.menteeParticipant())).isEmpty();

		// submitting needs every score; the draft is saved meanwhile nowhere
		Document missing = Jsoup.parse(
				this.fixtures.as(f.mentee(), post(edit).param("scores[" + first + "]", "3").param("action", "submit"))
					.andExpect(status().isUnprocessableContent())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(missing.select("#score-" + second + "-error").text())
			.contains("Choose a score for this key factor before you submit");
		assertThat(missing.select("#score-" + first + "-3").hasAttr("checked")).isTrue();

		// a good draft is saved, then submitted
		this.fixtures.as(f.mentee(), post(edit).param("scores[" + first + "]", "3").param("action", "save"))
			.andExpect(status().is3xxRedirection());
		Assessment draft = this.assessments.draft(f.menteeParticipant()).orElseThrow();
		assertThat(draft.scoreOf(first)).isEqualTo(3);
		this.fixtures
			.as(f.mentee(),
					post(edit).param("version", String.valueOf(draft.version()))
						.param("scores[" + first + "]", "3")
						.param("scores[" + second + "]", "5")
						.param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.submitted(f.menteeParticipant())).singleElement()
			.satisfies((a) -> assertThat(a.scoreOf(second)).isEqualTo(5));
		assertThat(this.assessments.draft(f.menteeParticipant())).isEmpty();
	}

	@Test
	void anAnsweredVersionDoesNotChangeWhenTheBenchmarkIsEditedAndPublishedAgain() throws Exception {
		FormFixture f = this.fixtures.create();
		long benchmark = this.benchmarks.publishedFor(f);
		this.benchmarks.submit(f, benchmark, LocalDate.of(2026, 2, 1), 2, 4);
		Factor vision = this.service.latestVersion(benchmark).orElseThrow().keyFactors().get(0);
		String base = "/programmes/" + this.benchmarks.incluCities() + "/benchmarks/" + benchmark;
		this.fixtures
			.as(COORDINATOR,
					post(base + "/factors/" + vision.key() + "/edit").param("title", "A vision rewritten")
						.param("rationale", "New reasons")
						.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.fixtures.as(COORDINATOR, post(base + "/publish")).andExpect(status().is3xxRedirection());

		assertThat(this.service.version(benchmark, 2).orElseThrow().keyFactors().get(0).title())
			.isEqualTo("A vision rewritten");
		assertThat(this.service.version(benchmark, 1).orElseThrow().keyFactors().get(0).title())
			.isEqualTo("Shared vision");
		String result = this.fixtures.page(f.mentor(), BenchmarkFixtures.result(f));
		assertThat(result).contains("1. Shared vision").doesNotContain("A vision rewritten");
		assertThat(this.fixtures.page(f.mentor(), base + "/versions/1")).contains("Shared vision");
		// the database itself refuses to change a published version
		long v1 = this.service.version(benchmark, 1).orElseThrow().id();
		assertThatThrownBy(() -> this.jdbc.sql("update benchmark_version_factor set title = 'x' where version_id = ?")
			.param(v1)
			.update()).hasMessageContaining("cannot be changed");

		// a stale edit of the factor answers 409 and keeps the text typed
		String conflict = this.fixtures
			.as(COORDINATOR,
					post(base + "/factors/" + vision.key() + "/edit").param("title", "My late title")
						.param("version", "0"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(conflict).select("#title").attr("value")).isEqualTo("My late title");
		assertThat(conflict).contains("A vision rewritten");
	}

	@Test
	void aCoordinatorCopiesABenchmarkIntoAnotherProgrammeAsAnIndependentDraft() throws Exception {
		FormFixture f = this.fixtures.create();
		long benchmark = this.benchmarks.publishedFor(f);
		long incluCities = this.benchmarks.incluCities();
		long planSamenleven = this.jdbc.sql("select id from programme where name = 'Plan Samenleven'")
			.query(Long.class)
			.single();
		TestAccount both = TestAccount.create(this.accounts, "coordinator", Role.COORDINATOR);
		this.coordinators.add(incluCities, both.id());
		this.coordinators.add(planSamenleven, both.id());
		try {
			copyAs(both, benchmark, incluCities, planSamenleven);
		}
		finally {
			// other tests count on IncluCities having one coordinator
			this.coordinators.remove(incluCities, both.id());
			this.coordinators.remove(planSamenleven, both.id());
		}
	}

	private void copyAs(TestAccount both, long benchmark, long incluCities, long planSamenleven) throws Exception {
		String base = "/programmes/" + incluCities + "/benchmarks/" + benchmark;
		assertThat(this.fixtures.page(both, base + "/copy")).contains("Plan Samenleven");
		// a programme they do not coordinate is refused
		long emma = this.jdbc.sql("select id from programme where name = 'EMMA'").query(Long.class).single();
		this.fixtures.as(both, post(base + "/copy").param("targetProgrammeId", String.valueOf(emma)))
			.andExpect(status().isUnprocessableContent());
		String location = this.fixtures
			.as(both, post(base + "/copy").param("targetProgrammeId", String.valueOf(planSamenleven)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Benchmark copied = this.service.find(copy).orElseThrow();
		assertThat(copied.programmeId()).isEqualTo(planSamenleven);
		assertThat(copied.isPublished()).isFalse();
		assertThat(this.service.draftFactors(copy)).extracting(Factor::title)
			.containsExactly("Shared vision", "Reaching communities", "National law");
		// changing the copy leaves the original alone
		Factor first = this.service.draftFactors(copy).get(0);
		this.service.updateFactor(copy, first.key(), first.version(),
				new FactorData(FactorKind.KEY, "Copied and changed", null, null, null, List.of()));
		assertThat(this.service.draftFactors(benchmark).get(0).title()).isEqualTo("Shared vision");
		// the original's coordinator who does not coordinate Plan Samenleven cannot see
		// the copy
		this.fixtures.as(COORDINATOR, get("/programmes/" + planSamenleven + "/benchmarks/" + copy))
			.andExpect(status().isNotFound());
	}

	@Test
	void theChartAndTableShowEveryAssessmentAndTheFocusIsStoredShownAndExposed() throws Exception {
		FormFixture f = this.fixtures.create();
		long benchmark = this.benchmarks.publishedFor(f);
		this.benchmarks.submit(f, benchmark, LocalDate.of(2025, 3, 1), 1, 4);
		this.benchmarks.submit(f, benchmark, LocalDate.of(2026, 3, 1), 3, 5);
		Document page = Jsoup.parse(this.fixtures.page(f.mentee(), BenchmarkFixtures.result(f)));
		Element svg = page.selectFirst("svg.cm-bench-chart");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.select("title").text()).contains("Scores of Mentee town");
		assertThat(svg.select("desc").text()).isNotBlank();
		// bars: 80 units a point, oldest first, per key factor
		assertThat(svg.select("rect.cm-bench-chart__bar").eachAttr("width")).containsExactly("80", "240", "320", "400");
		assertThat(svg.select("rect.cm-bench-chart__bar").attr("style")).isEmpty();
		Element table = page.selectFirst("table#scores");
		assertThat(table.select("thead th").eachText()).containsExactly("Key factor", "1 Mar 2025", "1 Mar 2026");
		assertThat(table.select("tbody tr").get(0).text()).isEqualTo("1. Shared vision 1 3");
		assertThat(table.select("tbody tr").get(1).text()).isEqualTo("2. Reaching communities 4 5");
		assertThat(page.select("#strengths + ul").text()).contains("Reaching communities (5)")
			.doesNotContain("Shared vision");
		assertThat(page.select("#gaps + p").text()).contains("No key factor scored 1 or 2");

		BenchmarkVersion version = this.service.latestVersion(benchmark).orElseThrow();
		long reach = version.keyFactors().get(1).key();
		this.fixtures
			.as(f.mentee(), post(BenchmarkFixtures.result(f) + "/focus").param("factorKeys", String.valueOf(reach)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.focus.focusTitles(List.of(f.menteeParticipant(), f.mentorParticipant())))
			.isEqualTo(Map.of(f.menteeParticipant(), List.of("Reaching communities")));
		assertThat(Jsoup.parse(this.fixtures.page(f.mentee(), BenchmarkFixtures.result(f)))
			.select("#focus-" + reach)
			.hasAttr("checked")).isTrue();
		assertThat(
				Jsoup.parse(this.fixtures.page(f.mentor(), BenchmarkFixtures.result(f))).select("#focus + ul").text())
			.isEqualTo("2. Reaching communities");
		assertThat(
				Jsoup.parse(this.fixtures.page(f.mentor(), "/groups/" + f.groupId())).select(".govuk-task-list").text())
			.contains("focus: Reaching communities");
	}

	@Test
	void theCityEditsItsGroupReadsCoordinatorsReadSubmittedOnlyAndOutsidersSeeNothing() throws Exception {
		FormFixture f = this.fixtures.create();
		long benchmark = this.benchmarks.publishedFor(f);
		String result = BenchmarkFixtures.result(f);
		this.fixtures.page(f.mentee(), result + "/edit");
		this.fixtures
			.as(f.mentee(),
					post(result + "/edit").param("scores[" + firstKey(benchmark) + "]", "2")
						.param("evidence[" + firstKey(benchmark) + "]", "Private draft words")
						.param("action", "save"))
			.andExpect(status().is3xxRedirection());
		// the mentor reads the result, never the draft, and changes nothing
		assertThat(this.fixtures.page(f.mentor(), result)).contains("No self-assessment is submitted yet")
			.doesNotContain("Private draft words");
		this.fixtures.as(f.mentor(), get(result + "/edit")).andExpect(status().isForbidden());
		this.fixtures.as(f.mentor(), post(result + "/edit").param("action", "save")).andExpect(status().isForbidden());
		this.fixtures.as(f.mentor(), post(result + "/focus")).andExpect(status().isForbidden());
		// the coordinator sees that a draft exists, not what it says
		assertThat(this.fixtures.page(COORDINATOR, "/groups/" + f.groupId() + "/benchmark"))
			.contains("Draft in progress");
		assertThat(this.fixtures.page(COORDINATOR, result)).doesNotContain("Private draft words");
		this.fixtures.as(COORDINATOR, get(result + "/edit")).andExpect(status().isForbidden());
		// outsiders: 404 for everything
		for (String path : List.of(result, result + "/edit", "/groups/" + f.groupId() + "/benchmark")) {
			this.fixtures.as(f.outsider(), get(path)).andExpect(status().isNotFound());
		}
		this.fixtures.as(f.outsider(), post(result + "/edit").param("action", "save")).andExpect(status().isNotFound());
		// once submitted, the coordinator reads the scores
		this.benchmarks.submit(f, benchmark, LocalDate.of(2026, 4, 1), 2, 5);
		assertThat(Jsoup.parse(this.fixtures.page(COORDINATOR, result)).select("table#scores tbody").text())
			.contains("2. Reaching communities 5");
		// an association is not a city that assesses itself
		this.fixtures
			.as(f.associationOfficer(),
					get("/groups/" + f.groupId() + "/participants/" + f.associationParticipant() + "/self-assessment"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theJourneyStepFollowsTheMenteeCity() throws Exception {
		FormFixture f = this.fixtures.create();
		assertThat(this.step.statuses(this.journeys.batch(Set.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.NOT_STARTED);
		long benchmark = this.benchmarks.publishedFor(f);
		this.fixtures
			.as(f.mentee(),
					post(BenchmarkFixtures.result(f) + "/edit").param("scores[" + firstKey(benchmark) + "]", "2")
						.param("action", "save"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.step.statuses(this.journeys.batch(Set.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.IN_PROGRESS);
		this.benchmarks.submit(f, benchmark, LocalDate.of(2026, 5, 1), 2, 3);
		// submitted, but no focus yet
		assertThat(this.step.statuses(this.journeys.batch(Set.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.IN_PROGRESS);
		this.fixtures
			.as(f.mentee(),
					post(BenchmarkFixtures.result(f) + "/focus")
						.param("factorKeys", String.valueOf(firstKey(benchmark)))
						.param("factorKeys", String.valueOf(secondKey(benchmark))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.step.statuses(this.journeys.batch(Set.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.COMPLETED);
		assertThat(this.step.details(this.journeys.batch(Set.of(f.groupId())))).containsEntry(f.groupId(),
				"focus: 2 key factor(s)");
		// the mentor city's own assessment does not count
		assertThat(BenchmarkStep.status(this.assessments.standings(Set.of(f.groupId())).values(),
				Set.of(f.menteeParticipant(), f.mentorParticipant())))
			.isEqualTo(TaskStatus.IN_PROGRESS);
	}

	private long firstKey(long benchmark) {
		return this.service.latestVersion(benchmark).orElseThrow().keyFactors().get(0).key();
	}

	private long secondKey(long benchmark) {
		return this.service.latestVersion(benchmark).orElseThrow().keyFactors().get(1).key();
	}

}
