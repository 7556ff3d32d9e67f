package org.citymentor.programme;

import java.util.Locale;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the list of themes; a switched-off theme can no longer be chosen.
 */
@CityMentorTest
class ThemeAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Themes themes;

	@Test
	void anAdministratorAddsRenamesAndSwitchesOffATheme() throws Exception {
		var admin = user(this.users.loadUserByUsername("admin@example.org"));
		this.mvc
			.perform(post("/admin/themes").with(admin)
				.with(csrf())
				.param("labelEn", "Digital inclusion")
				.param("labelNl", "Digitale inclusie"))
			.andExpect(status().isFound());
		long id = this.jdbc.sql("select id from theme where code = 'digital-inclusion'").query(Long.class).single();
		assertThat(this.themes.options(Locale.forLanguageTag("nl")))
			.anyMatch((o) -> o.label().equals("Digitale inclusie"));

		this.mvc
			.perform(post("/admin/themes/" + id).with(admin)
				.with(csrf())
				.param("labelEn", "Digital inclusion")
				.param("labelNl", "Digitale insluiting")
				.param("active", "false"))
			.andExpect(status().isFound());
		assertThat(this.themes.options(Locale.ENGLISH)).noneMatch((o) -> o.value().equals(String.valueOf(id)));
		assertThat(this.themes.labels(java.util.List.of(id), Locale.forLanguageTag("nl"))).containsEntry(id,
				"Digitale insluiting");
	}

	@Test
	void labelsAreRequiredAndUnique() throws Exception {
		var admin = user(this.users.loadUserByUsername("admin@example.org"));
		this.mvc
			.perform(post("/admin/themes").with(admin).with(csrf()).param("labelEn", "Housing").param("labelNl", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A theme with this English name already exists")))
			.andExpect(content().string(containsString("Enter the name in Dutch")));
	}

}
