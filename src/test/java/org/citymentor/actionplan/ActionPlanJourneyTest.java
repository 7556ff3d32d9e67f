package org.citymentor.actionplan;

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
 * The plan's stage on the group's task list and in the coordinator's overview (page and
 * CSV), from the demo: Capaci's third version approved, three of four actions done and
 * one delayed; never a comment or a note.
 */
@CityMentorTest
class ActionPlanJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTaskListAndTheOverviewShowWhereThePlanStands() throws Exception {
		long group = this.jdbc.sql("select id from mentoring_group where title like 'Building a city for all%'")
			.query(Long.class)
			.single();
		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(group)
			.query(Long.class)
			.single();
		String tasks = page("mentee@capaci.example.org", "/groups/" + group);
		assertThat(tasks).contains("version 3 submitted", "version 3 approved on 28 July 2022",
				"3 of 4 actions done, 1 delayed", "backed by 2 politician(s)");

		String overview = page("coordinator@cemr.example.org", "/programmes/" + programme + "/groups");
		assertThat(overview).contains("version 3 approved on 28 July 2022", "3 of 4 actions done, 1 delayed")
			.doesNotContain("Our buddies stayed", "summer holidays slowed");
		String csv = page("coordinator@cemr.example.org", "/programmes/" + programme + "/groups.csv");
		assertThat(csv).contains("3 of 4 actions done, 1 delayed").doesNotContain("summer holidays slowed");
	}

	private String page(String email, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
