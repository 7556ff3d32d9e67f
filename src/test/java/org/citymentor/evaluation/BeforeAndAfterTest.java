package org.citymentor.evaluation;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closing evaluation shows a city's first and latest self-assessment against the
 * group's benchmark side by side: the demo's Capaci, assessed in 2020 and again in 2023.
 */
@CityMentorTest
class BeforeAndAfterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theEvaluationPageShowsEachKeyFactorBeforeAndAfter() throws Exception {
		long group = this.jdbc.sql("select id from mentoring_group where title like 'Building a city for all%'")
			.query(Long.class)
			.single();
		record Scores(String title, Integer before, Integer after) {
		}
		Scores first = this.jdbc.sql("""
				select vf.number || '. ' || vf.title as title, fs.score as before, ls.score as after
				from self_assessment f join self_assessment l on l.participant_id = f.participant_id
				join benchmark_version_factor vf on vf.version_id = l.version_id and vf.kind = 'KEY'
				left join self_assessment_score fs on fs.assessment_id = f.id and fs.factor_key = vf.factor_key
				left join self_assessment_score ls on ls.assessment_id = l.id and ls.factor_key = vf.factor_key
				where f.group_id = ? and f.assessed_on < '2021-01-01' and l.assessed_on > '2023-01-01'
				  and f.status = 'SUBMITTED' and l.status = 'SUBMITTED'
				order by vf.number limit 1
				""").param(group).query(Scores.class).single();
		String page = this.mvc
			.perform(get("/groups/" + group + "/evaluation")
				.with(user(this.users.loadUserByUsername("coordinator@cemr.example.org"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Capaci: self-assessment of 23 November 2020 and of 28 September 2023", first.title(),
					"The chart of Capaci&#39;s self-assessments over time")
			.doesNotContain("No re-assessment against the benchmark to show yet.");
		int difference = first.after() - first.before();
		String row = page.substring(page.indexOf(first.title()));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(">" + first.before() + "<", ">" + first.after() + "<",
				">" + ((difference > 0) ? "+" : "") + difference + "<");
	}

}
