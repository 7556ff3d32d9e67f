package org.citymentor.learning;

import java.util.List;

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
 * The reach of action 22 against the demo, counted by hand: one session held (last
 * month); Ostend, Genk, Kortrijk and Aalst came registered, Lier registered but did not
 * come, a walk-in came from Edegem (22,000 inhabitants, the one small municipality);
 * Mechelen held one session of the two it owes.
 */
@CityMentorTest
class ReachTest {

	@Autowired
	Reach reach;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void action22ReachedFiveMunicipalitiesOneOfThemSmall() {
		long programme = this.jdbc.sql("select id from programme where name = 'Plan Samenleven'")
			.query(Long.class)
			.single();
		long action = this.jdbc.sql("select id from programme_action where number = 22").query(Long.class).single();

		Reach.Figures figures = this.reach.of(programme, action);

		assertThat(figures.sessionsHeld()).isEqualTo(1);
		assertThat(figures.reached()).extracting(Reach.Municipality::name)
			.containsExactly("Aalst", "Edegem", "Genk", "Kortrijk", "Ostend");
		assertThat(figures.smallReached()).extracting(Reach.Municipality::name).containsExactly("Edegem");
		assertThat(figures.attended()).isEqualTo(4);
		assertThat(figures.registered()).isEqualTo(5);
		assertThat(figures.attendanceRate()).isEqualTo(80);
		assertThat(figures.neverReached()).extracting(Reach.Municipality::name)
			.contains("Herent", "Lier", "Mechelen")
			.doesNotContain("Ostend", "Edegem");
		assertThat(figures.mentors()).singleElement().satisfies((row) -> {
			assertThat(row.mentor()).isEqualTo("Mechelen");
			assertThat(row.held()).isEqualTo(1);
			assertThat(row.underMinimum()).isTrue();
		});
	}

	@Test
	void theWholeProgrammeFlagsEveryMentorUnderTwo() {
		long programme = this.jdbc.sql("select id from programme where name = 'Plan Samenleven'")
			.query(Long.class)
			.single();
		Reach.Figures figures = this.reach.of(programme, null);
		assertThat(figures.mentors()).extracting(Reach.MentorRow::mentor)
			.contains("Mechelen", "Antwerp", "Ghent", "Sint-Niklaas");
		assertThat(figures.mentorsUnderMinimum()).isEqualTo(figures.mentors().size());
	}

	@Test
	void theCoordinatorDownloadsTheCsvAndOthersMayNot() throws Exception {
		long programme = this.jdbc.sql("select id from programme where name = 'Plan Samenleven'")
			.query(Long.class)
			.single();
		String csv = this.mvc
			.perform(get("/programmes/" + programme + "/reach.csv")
				.with(user(this.users.loadUserByUsername("coordinator@vvsg.example.org"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("Municipality,");
		assertThat(lines).anyMatch((l) -> l.equals("Edegem,22000,\"10,000 to 25,000\",1,yes"));
		this.mvc
			.perform(get("/programmes/" + programme + "/reach")
				.with(user(this.users.loadUserByUsername("mentor@mechelen.example.org"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/programmes/" + programme + "/reach")
				.with(user(this.users.loadUserByUsername("officer@herent.example.org"))))
			.andExpect(status().isNotFound());
	}

}
