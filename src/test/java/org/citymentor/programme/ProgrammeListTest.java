package org.citymentor.programme;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator sees every programme, twenty a page with links to the others; the
 * programmes added here live in the test's transaction and are rolled back.
 */
@CityMentorTest
@Transactional
class ProgrammeListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void manyProgrammesComeTwentyAPage() throws Exception {
		this.jdbc.sql("""
				insert into programme (name, coordinating_organisation_id, format)
				select 'Paged programme ' || lpad(n::text, 2, '0'), (select min(id) from organisation), 'BILATERAL'
				from generate_series(1, 45) n
				""").update();
		long all = this.jdbc.sql("select count(*) from programme").query(Long.class).single();
		var admin = user(this.users.loadUserByUsername("admin@example.org"));
		int shown = 0;
		for (int page = 0; page * PAGE_SIZE < all; page++) {
			String html = this.mvc.perform(get("/programmes").param("page", String.valueOf(page)).with(admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int cards = html.split("href=\"/programmes/\\d+\"", -1).length - 1;
			assertThat(cards).as("programmes on page %d", page).isBetween(1, PAGE_SIZE);
			assertThat(html).contains("govuk-pagination");
			shown += cards;
		}
		assertThat(shown).as("every programme on one of the pages").isEqualTo(all);
		this.mvc.perform(get("/programmes").param("page", "99").with(admin)).andExpect(status().isOk());
	}

	/** As on the page (web.ProgrammeController). */
	private static final int PAGE_SIZE = 20;

}
