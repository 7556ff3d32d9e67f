package org.citymentor.group;

import java.util.List;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators set up groups and follow them; city officers see their own groups only.
 */
@CityMentorTest
class GroupPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aCoordinatorSetsUpABilateralGroupAndTheJourneyFollowsItsSides() throws Exception {
		UserDetails coordinator = person("coordinator@cemr.example.org");
		long programme = programme("IncluCities");
		String location = this.mvc
			.perform(post("/programmes/" + programme + "/groups").with(user(coordinator))
				.with(csrf())
				.param("title", "Welcoming newcomers – Ghent and Antwerp")
				.param("status", "FORMING")
				.param("themeIds", String.valueOf(theme("housing")))
				.param("languages", "nl", "en"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long group = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/groups/" + group).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcoming newcomers – Ghent and Antwerp")))
			.andExpect(content().string(containsString("Not started")));

		addParticipant(coordinator, group, "Ghent", "MENTEE", "CITY").andExpect(status().isFound());
		this.mvc.perform(get("/groups/" + group).with(user(coordinator)))
			.andExpect(content().string(containsString("In progress")));
		addParticipant(coordinator, group, "Antwerp", "MENTOR", "CITY").andExpect(status().isFound());
		this.mvc.perform(get("/groups/" + group).with(user(coordinator)))
			.andExpect(content().string(containsString("Completed")));

		addParticipant(coordinator, group, "Ghent", "MENTOR", "CITY")
			.andExpect(flash().attribute("participantError", "group.participant.duplicate"));
		long ghentParticipant = this.jdbc
			.sql("select p.id from group_participant p join organisation o on o.id = p.organisation_id "
					+ "where p.group_id = ? and o.name = 'Ghent'")
			.param(group)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/groups/" + group + "/participants/" + ghentParticipant + "/remove").with(user(coordinator))
				.with(csrf()))
			.andExpect(flash().attribute("participantError", "group.participant.lastMentee"));

		this.mvc.perform(get("/groups/" + group + "/activity").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set up the group Welcoming newcomers")))
			.andExpect(content().string(containsString("Added Antwerp")));
	}

	@Test
	void badInputIsExplainedAndKept() throws Exception {
		UserDetails coordinator = person("coordinator@cemr.example.org");
		this.mvc
			.perform(post("/programmes/" + programme("IncluCities") + "/groups").with(user(coordinator))
				.with(csrf())
				.param("title", "")
				.param("focus", "Typed text that must survive")
				.param("status", "FORMING")
				.param("startDate", "2027-06-01")
				.param("endDate", "2027-01-01")
				.param("actionId", "1")
				.param("themeIds", "987654"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the name of the group")))
			.andExpect(content().string(containsString("The end date must be the same as or after the start date")))
			.andExpect(content().string(containsString("Choose an action of this programme")))
			.andExpect(content().string(containsString("Choose themes from the list")))
			.andExpect(content().string(containsString("Typed text that must survive")));
		this.mvc
			.perform(post("/programmes/" + programme("IncluCities") + "/groups").with(user(coordinator))
				.with(csrf())
				.param("title", "Bad status")
				.param("status", "SLEEPING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")));
		addParticipant(coordinator, group("Building a city for all – Capaci and Mechelen"), "", "MENTEE", "CITY")
			.andExpect(flash().attribute("participantError", "group.participant.incomplete"));
	}

	@Test
	void aSecondSaveOfAnOldVersionShowsBothAndOverwritesNothing() throws Exception {
		UserDetails coordinator = person("coordinator@vvsg.example.org");
		long group = group("Herent – Nimlaha'kok");
		long version = this.jdbc.sql("select version from mentoring_group where id = ?")
			.param(group)
			.query(Long.class)
			.single();
		this.mvc.perform(edit(coordinator, group, version, "First focus, saved")).andExpect(status().isFound());
		this.mvc.perform(edit(person("admin@example.org"), group, version, "Second focus, typed meanwhile"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed while you were editing")))
			.andExpect(content().string(containsString("First focus, saved")))
			.andExpect(content().string(containsString("Second focus, typed meanwhile")));
		assertThat(this.jdbc.sql("select focus from mentoring_group where id = ?")
			.param(group)
			.query(String.class)
			.single()).isEqualTo("First focus, saved");
	}

	@Test
	void cityOfficersSeeTheirOwnGroupsOnly() throws Exception {
		UserDetails capaci = person("mentee@capaci.example.org");
		long incluCities = programme("IncluCities");
		this.mvc.perform(get("/").with(user(capaci)))
			.andExpect(content().string(containsString("Building a city for all – Capaci and Mechelen")));
		this.mvc.perform(get("/programmes/" + incluCities + "/groups").with(user(capaci)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Building a city for all")))
			.andExpect(content().string(not(containsString("Jelgava and Schaerbeek"))));
		this.mvc
			.perform(get(
					"/groups/" + group("Formal and informal language learning for migrants – Jelgava and Schaerbeek"))
				.with(user(capaci)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(containsString("href=\"/account\"")))
			.andExpect(content().string(containsString("name=\"lang\"")))
			.andExpect(content().string(not(containsString("Jelgava and Schaerbeek"))));
		this.mvc.perform(get("/groups/" + group("Building a city for all – Capaci and Mechelen")).with(user(capaci)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Edit group"))));
	}

	@Test
	void everyOtherMethodOnAGroupAnswersNotFound() throws Exception {
		UserDetails capaci = person("mentee@capaci.example.org");
		for (long group : List.of(group("Building a city for all – Capaci and Mechelen"),
				group("Formal and informal language learning for migrants – Jelgava and Schaerbeek"), 999999999L)) {
			this.mvc.perform(put("/groups/" + group).with(user(capaci)).with(csrf())).andExpect(status().isNotFound());
			this.mvc.perform(delete("/groups/" + group).with(user(capaci)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(patch("/groups/" + group).with(user(capaci)).with(csrf()))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void theOverviewFiltersAndExportsEveryRowSafely() throws Exception {
		UserDetails coordinator = person("coordinator@vvsg.example.org");
		long plan = programme("Plan Samenleven");
		this.mvc
			.perform(get("/programmes/" + plan + "/groups").param("theme", String.valueOf(theme("polarisation")))
				.with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Action plan on polarisation")))
			.andExpect(content().string(not(containsString("Practising Dutch"))));
		this.mvc
			.perform(post("/programmes/" + plan + "/groups").with(user(coordinator))
				.with(csrf())
				.param("title", "=HYPERLINK(\"http://example.org\")")
				.param("status", "FORMING"))
			.andExpect(status().isFound());
		String csv = this.mvc.perform(get("/programmes/" + plan + "/groups.csv").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		long groups = this.jdbc.sql("select count(*) from mentoring_group where programme_id = ?")
			.param(plan)
			.query(Long.class)
			.single();
		assertThat(lines).hasSize((int) groups + 1);
		assertThat(lines.get(0)).startsWith("Group,Mentee,Mentor");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"");
		assertThat(csv).contains("Social cohesion in social housing estates,Ostend; Genk; Kortrijk,Mechelen");
		this.mvc.perform(get("/programmes/" + plan + "/groups.csv").with(user(person("mentor@mechelen.example.org"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLearningNetworkGetsGoalsActionsAndAGroupPerAction() throws Exception {
		UserDetails coordinator = person("coordinator@vvsg.example.org");
		long plan = programme("Plan Samenleven");
		this.mvc
			.perform(post("/programmes/" + plan + "/goals").with(user(coordinator))
				.with(csrf())
				.param("title", "Welcoming newcomers"))
			.andExpect(status().isFound());
		long goal = this.jdbc.sql("select id from programme_goal where title = 'Welcoming newcomers'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/programmes/" + plan + "/goals/" + goal + "/actions").with(user(coordinator))
				.with(csrf())
				.param("number", "abc")
				.param("title", "Buddy projects"))
			.andExpect(flash().attribute("actionError", "programme.goal.number.invalid"));
		this.mvc
			.perform(post("/programmes/" + plan + "/goals/" + goal + "/actions").with(user(coordinator))
				.with(csrf())
				.param("number", "30")
				.param("title", "Buddy projects"))
			.andExpect(status().isFound());
		long action = this.jdbc.sql("select id from programme_action where title = 'Buddy projects'")
			.query(Long.class)
			.single();
		String location = this.mvc
			.perform(post("/programmes/" + plan + "/groups").with(user(coordinator))
				.with(csrf())
				.param("title", "Buddy projects")
				.param("status", "ACTIVE")
				.param("actionId", String.valueOf(action)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(coordinator)))
			.andExpect(content().string(containsString("30. Buddy projects")));
		long otherProgrammesGoal = this.jdbc.sql("select min(id) from programme_goal where programme_id <> ?")
			.param(plan)
			.query(Long.class)
			.optional()
			.orElse(0L);
		this.mvc
			.perform(post("/programmes/" + plan + "/goals/" + (otherProgrammesGoal + 100000) + "/actions")
				.with(user(coordinator))
				.with(csrf())
				.param("title", "Sneaky"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theActivityHistoryCannotBeChanged() {
		assertThatThrownBy(() -> this.jdbc.sql("update activity set actor_name = 'someone else'").update())
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc.sql("delete from activity").update())
			.hasMessageContaining("cannot be changed");
	}

	private org.springframework.test.web.servlet.ResultActions addParticipant(UserDetails who, long group,
			String organisation, String side, String role) throws Exception {
		String id = organisation.isEmpty() ? ""
				: String.valueOf(this.jdbc.sql("select id from organisation where name = ?")
					.param(organisation)
					.query(Long.class)
					.single());
		return this.mvc.perform(post("/groups/" + group + "/participants").with(user(who))
			.with(csrf())
			.param("organisationId", id)
			.param("side", side)
			.param("role", role));
	}

	private MockHttpServletRequestBuilder edit(UserDetails who, long group, long version, String focus) {
		return post("/groups/" + group).with(user(who))
			.with(csrf())
			.param("title", "Herent – Nimlaha'kok")
			.param("status", "ACTIVE")
			.param("focus", focus)
			.param("version", String.valueOf(version));
	}

	private UserDetails person(String email) {
		return this.users.loadUserByUsername(email);
	}

	private long programme(String name) {
		return this.jdbc.sql("select id from programme where name = ?").param(name).query(Long.class).single();
	}

	private long group(String title) {
		return this.jdbc.sql("select id from mentoring_group where title = ?").param(title).query(Long.class).single();
	}

	private long theme(String code) {
		return this.jdbc.sql("select id from theme where code = ?").param(code).query(Long.class).single();
	}

}
