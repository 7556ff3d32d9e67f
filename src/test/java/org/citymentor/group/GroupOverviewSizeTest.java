package org.citymentor.group;

import java.nio.charset.StandardCharsets;

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

/**
 * The coordinator's overview of a programme with 300 groups (the scale of issue 10) stays
 * under 100 KB of HTML per page, and its pages lead through all the groups. The groups
 * are added in the test's transaction and rolled back.
 */
@CityMentorTest
@Transactional
class GroupOverviewSizeTest {

	static final int GROUPS = 300;

	static final int LIMIT = 100 * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aPageOfTheOverviewOf300GroupsStaysUnder100Kilobytes() throws Exception {
		long programme = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		long before = this.jdbc.sql("select count(*) from mentoring_group where programme_id = ?")
			.param(programme)
			.query(Long.class)
			.single();
		addGroups(programme);
		long total = before + GROUPS;
		String path = "/programmes/" + programme + "/groups";

		String first = page(path);
		int bytes = first.getBytes(StandardCharsets.UTF_8).length;
		int rows = GroupOverview.PAGE_SIZE;
		String body = first.substring(first.indexOf("<tbody"), first.indexOf("</tbody>"));
		System.out.printf("overview of %d groups: %d bytes for a page of %d rows, %d bytes per row%n", total, bytes,
				rows, body.getBytes(StandardCharsets.UTF_8).length / rows);
		assertThat(body.split("<tr", -1)).as("a full page of rows").hasSize(rows + 1);
		assertThat(bytes).as("HTML of one page of the overview").isLessThan(LIMIT);

		// the last page holds the rest, and lists the last groups by title
		long lastPage = (total - 1) / GroupOverview.PAGE_SIZE;
		String last = page(path + "?sort=TITLE&page=" + lastPage);
		assertThat(last).contains("page=" + (lastPage - 1)).doesNotContain("page=" + (lastPage + 1));
		assertThat(page(path + "?sort=TITLE&page=" + (lastPage + 1))).contains(total + " groups");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("coordinator@cemr.example.org"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Groups with long names, two organisations each and no recent activity, so that
	 * every row carries its longest lines (the quiet flag among them).
	 */
	private void addGroups(long programme) {
		this.jdbc.sql("""
				insert into organisation (name, kind, country)
				select 'Size test municipality of Sint-Pieters-Leeuw ' || lpad(n::text, 3, '0'), 'CITY', 'BE'
				from generate_series(1, 2 * :groups) n
				""").param("groups", GROUPS).update();
		this.jdbc.sql("""
				insert into mentoring_group (programme_id, title, status, start_date, end_date, last_activity_at)
				select :programme, 'Size test group with a rather long title ' || lpad(n::text, 3, '0'), 'ACTIVE',
				       date '2024-01-01', date '2025-12-31', now() - interval '60 days'
				from generate_series(1, :groups) n
				""").param("programme", programme).param("groups", GROUPS).update();
		this.jdbc
			.sql("""
					insert into group_participant (group_id, organisation_id, side, role)
					select g.id, o.id, case when substring(o.name from 46)::int % 2 = 1 then 'MENTEE' else 'MENTOR' end, 'CITY'
					from mentoring_group g
					join organisation o on substring(o.name from 46)::int in (2 * substring(g.title from 42)::int - 1,
					                                                          2 * substring(g.title from 42)::int)
					  and o.name like 'Size test municipality%'
					where g.title like 'Size test group%'
					""")
			.update();
	}

}
