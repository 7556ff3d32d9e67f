package org.citymentor.needs;

import java.util.List;

import org.citymentor.programme.HiddenQuestions;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Parts B and C live with the organisations: the city writes its local context once, its
 * association writes part C, a submitted needs analysis records which dated contexts it
 * used, a mentor profile reuses the city's context, and a programme can hide questions.
 */
@CityMentorTest
class ContextAndProfileTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HiddenQuestions hidden;

	FormFixture f;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
	}

	@Test
	void theCityWritesPartBItsAssociationPartCAndTheNeedsAnalysisRecordsBoth() throws Exception {
		String local = "/organisations/" + this.f.menteeCity() + "/context";
		String national = "/organisations/" + this.f.association() + "/members/" + this.f.menteeCity() + "/context";
		// figures are typed: a wrong number keeps the rest
		String page = as(this.f.mentee(),
				post(local + "/parts/figures").param("a.population", "-3")
					.param("a.cityBudget", "1.250.000,50")
					.param("a.figuresDate.day", "30")
					.param("a.figuresDate.month", "2")
					.param("a.figuresDate.year", "2025"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(page);
		assertThat(form.select(".govuk-error-summary").text()).contains("zero or more").contains("real date");
		assertThat(form.select("#a-population").val()).isEqualTo("-3");
		assertThat(this.jdbc.sql("""
				select a.value_number from form_answer a join form_document d on d.id = a.document_id
				where d.kind = 'LOCAL_CONTEXT' and d.organisation_id = ? and a.question_key = 'cityBudget'
				""").param(this.f.menteeCity()).query(java.math.BigDecimal.class).single())
			.isEqualByComparingTo("1250000.50");
		as(this.f.mentee(),
				post(local + "/parts/figures").param("a.population", "5900")
					.param("a.nationalityFigures.label", "Moroccan", "", "Recognised refugees")
					.param("a.nationalityFigures.amount", "1200", "", "35")
					.param("action", "rows:nationalityFigures"))
			.andExpect(redirectedUrl(local + "/parts/figures#q-nationalityFigures"));
		// the page comes back with the saved rows and three empty ones to fill in
		Document rows = Jsoup.parse(page(this.f.mentee(), local + "/parts/figures"));
		assertThat(rows.select("input[name=a.nationalityFigures.label]").eachAttr("value")).containsExactly("Moroccan",
				"Recognised refugees", "", "", "");
		as(this.f.mentee(), post(local + "/submit").param("version", version(this.f.mentee(), local)))
			.andExpect(status().isFound());

		// part C is the association's: the city reads it but may not write it
		as(this.f.mentee(), post(national + "/parts/context").param("a.typicality", "x"))
			.andExpect(status().isForbidden());
		as(this.f.associationOfficer(), post(national + "/parts/context").param("a.typicality", "A typical small town"))
			.andExpect(status().isFound());
		as(this.f.associationOfficer(),
				post(national + "/submit").param("version", version(this.f.associationOfficer(), national)))
			.andExpect(status().isFound());

		Document needs = Jsoup.parse(page(this.f.mentee(), this.f.needsAnalysis()));
		assertThat(needs.select(".govuk-task-list").text()).contains("Part B").contains("Part C").contains("Confirmed");
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/parts/A").param("a.challenge", "Our need"))
			.andExpect(status().isFound());
		as(this.f.mentee(), post(this.f.needsAnalysis() + "/submit").param("version",
				version(this.f.mentee(), this.f.needsAnalysis())))
			.andExpect(status().isFound());
		List<String> sources = this.jdbc.sql("""
				select sd.kind from form_version v join form_document d on d.id = v.document_id
				join form_version_source s on s.version_id = v.id join form_version sv on sv.id = s.source_version_id
				join form_document sd on sd.id = sv.document_id where d.participant_id = ?
				""").param(this.f.menteeParticipant()).query(String.class).list();
		assertThat(sources).containsExactlyInAnyOrder("LOCAL_CONTEXT", "NATIONAL_CONTEXT");
		// the print view carries parts B and C as they were confirmed
		assertThat(page(this.f.mentor(), this.f.needsAnalysis() + "/print")).contains("5,900")
			.contains("A typical small town")
			.contains("Recognised refugees");
		// the rows of a table answer are part of the submitted version
		assertThat(this.jdbc.sql("""
				select r.label from form_version_row r join form_version v on v.id = r.version_id
				join form_document d on d.id = v.document_id
				where d.kind = 'LOCAL_CONTEXT' and d.organisation_id = ? order by r.position
				""").param(this.f.menteeCity()).query(String.class).list()).containsExactly("Moroccan",
				"Recognised refugees");
	}

	@Test
	void aMentorFillsItsProfileOnceWithThemesFromTheManagedList() throws Exception {
		String profile = "/organisations/" + this.f.mentorCity() + "/mentor-profile";
		long socialCohesion = this.jdbc.sql("select id from theme where code = 'social-cohesion'")
			.query(Long.class)
			.single();
		as(this.f.mentee(), get(profile + "/parts/A")).andExpect(status().isForbidden());
		// a theme that is not offered is refused, the rest is kept
		String refused = as(this.f.mentor(),
				post(profile + "/parts/A").param("a.policyAreas", "999999")
					.param("a.experience", "Fifteen years of neighbourhood work"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#a-experience").text())
			.isEqualTo("Fifteen years of neighbourhood work");
		as(this.f.mentor(), post(profile + "/parts/A").param("a.policyAreas", String.valueOf(socialCohesion)))
			.andExpect(status().isFound());
		as(this.f.mentor(), post(profile + "/submit").param("version", version(this.f.mentor(), profile)))
			.andExpect(status().isFound());
		// readable by anyone signed in, e.g. the mentee city while choosing
		String read = page(this.f.mentee(), profile + "/answers");
		assertThat(Jsoup.parse(read).select("#q-policyAreas li").text()).isEqualTo("Social cohesion");
		assertThat(Jsoup.parse(page(this.f.mentor(), profile)).select(".govuk-task-list").text())
			.contains("Part B – Local context of");
	}

	@Test
	void aProgrammeHidesTheQuestionsItDoesNotUse() throws Exception {
		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(this.f.groupId())
			.query(Long.class)
			.single();
		var coordinator = this.users.loadUserByUsername("coordinator@cemr.example.org");
		try {
			this.mvc
				.perform(post("/programmes/" + programme + "/questions").param("used", "challenge", "impact")
					.with(user(coordinator))
					.with(csrf()))
				.andExpect(status().isFound());
			Document part = Jsoup.parse(page(this.f.mentee(), this.f.needsAnalysis() + "/parts/A"));
			assertThat(part.select("textarea").eachAttr("name")).containsExactly("a.challenge", "a.impact");
			// all unticked: refused, nothing changed
			this.mvc.perform(post("/programmes/" + programme + "/questions").with(user(coordinator)).with(csrf()))
				.andExpect(status().isFound());
			assertThat(this.hidden.of(programme, "NEEDS_ANALYSIS")).hasSize(10);
		}
		finally {
			this.hidden.replace(programme, "NEEDS_ANALYSIS", List.of());
		}
	}

	private String version(TestAccount who, String form) throws Exception {
		return Jsoup.parse(page(who, form + "/check")).select("input[name=version]").attr("value");
	}

	private ResultActions as(TestAccount who, MockHttpServletRequestBuilder request) throws Exception {
		return this.fixtures.as(who, request);
	}

	private String page(TestAccount who, String path) throws Exception {
		return this.fixtures.page(who, path);
	}

}
