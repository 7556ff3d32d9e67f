package org.citymentor.programme;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Setting up and editing a programme, with every kind of bad input a person can send. */
@CityMentorTest
class ProgrammeFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	UserDetails admin;

	long cemr;

	long housing;

	@BeforeEach
	void setUp() {
		this.admin = this.users.loadUserByUsername("admin@example.org");
		this.cemr = this.jdbc.sql("select id from organisation where name like 'Council of European%'")
			.query(Long.class)
			.single();
		this.housing = this.jdbc.sql("select id from theme where code = 'housing'").query(Long.class).single();
	}

	@Test
	void anAdministratorSetsUpAProgrammeWithItsCoordinator() throws Exception {
		long coordinator = userId("coordinator@cemr.example.org");
		this.mvc
			.perform(valid(post("/programmes")).param("name", "Welcoming Cities Exchange")
				.param("coordinatorIds", String.valueOf(coordinator)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/programmes/*"))
			.andExpect(flash().attribute("notice", "notice.programmeSaved"));
		long id = this.jdbc.sql("select id from programme where name = 'Welcoming Cities Exchange'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select user_id from programme_coordinator where programme_id = ?")
			.param(id)
			.query(Long.class)
			.list()).containsExactly(coordinator);
		assertThat(this.jdbc.sql("select theme_id from programme_theme where programme_id = ?")
			.param(id)
			.query(Long.class)
			.list()).containsExactly(this.housing);
		this.mvc.perform(get("/programmes/" + id).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcoming Cities Exchange")))
			.andExpect(content().string(containsString("Housing")));
	}

	@Test
	void missingFieldsAreNamedInTheSummaryAndNextToTheFieldAndTheRestIsKept() throws Exception {
		this.mvc
			.perform(post("/programmes").with(user(this.admin))
				.with(csrf())
				.param("name", "")
				.param("description", "Kept <b>as typed</b>")
				.param("fundingSource", "Regional fund")
				.param("coordinatorIds", String.valueOf(userId("coordinator@cemr.example.org"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the name of the programme")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Choose the organisation that coordinates the programme")))
			.andExpect(content().string(containsString("Choose the format of the programme")))
			.andExpect(content().string(containsString("Kept &lt;b&gt;as typed&lt;/b&gt;")))
			.andExpect(content().string(containsString("value=\"Regional fund\"")));
	}

	@Test
	void datesMustBeRealAndInOrder() throws Exception {
		this.mvc
			.perform(valid(post("/programmes")).param("name", "Dates in the wrong order")
				.param("startDate", "2027-05-01")
				.param("endDate", "2027-04-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date must be the same as or after the start date")));
		this.mvc.perform(valid(post("/programmes")).param("name", "Impossible date").param("startDate", "2027-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date")))
			.andExpect(content().string(containsString("value=\"Impossible date\"")));
	}

	@Test
	void tamperedChoicesGetAMessageNotAnError() throws Exception {
		this.mvc
			.perform(post("/programmes").with(user(this.admin))
				.with(csrf())
				.param("name", "Tampered")
				.param("coordinatingOrganisationId", "999999999")
				.param("format", "NO_SUCH_FORMAT")
				.param("themeIds", "999999")
				.param("steps", "VISITS", "NO_SUCH_STEP")
				.param("defaultVisits", "40")
				.param("coordinatorIds", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the organisation that coordinates the programme")))
			.andExpect(content().string(containsString("Choose at least one coordinator")))
			.andExpect(content().string(containsString("Choose themes from the list")))
			.andExpect(content().string(containsString("Enter a number of visits between 1 and 12")))
			.andExpect(content().string(containsString("govuk-error-summary")));
		assertThat(this.jdbc.sql("select count(*) from programme where name = 'Tampered'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aSecondSaveOfAnOldVersionIsRefusedAndShowsBothVersions() throws Exception {
		long id = this.jdbc.sql("select id from programme where name = 'EMMA'").query(Long.class).single();
		long version = this.jdbc.sql("select version from programme where id = ?").param(id).query(Long.class).single();
		UserDetails coordinator = this.users.loadUserByUsername("coordinator@vvsg.example.org");
		this.mvc
			.perform(emma(post("/programmes/" + id), coordinator, version).param("fundingSource",
					"Saved first by one coordinator"))
			.andExpect(status().isFound());
		this.mvc
			.perform(emma(post("/programmes/" + id), this.admin, version).param("fundingSource",
					"Typed meanwhile by the other"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed while you were editing")))
			.andExpect(content().string(containsString("Saved first by one coordinator")))
			.andExpect(content().string(containsString("Typed meanwhile by the other")));
		assertThat(this.jdbc.sql("select funding_source from programme where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Saved first by one coordinator");
	}

	@Test
	void theLastCoordinatorCannotBeRemoved() throws Exception {
		long id = this.jdbc.sql("select id from programme where name = 'IncluCities'").query(Long.class).single();
		long only = userId("coordinator@cemr.example.org");
		this.mvc
			.perform(
					post("/programmes/" + id + "/coordinators/" + only + "/remove").with(user(this.admin)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("coordinatorError", "programme.coordinator.last"));
		assertThat(this.jdbc.sql("select user_id from programme_coordinator where programme_id = ?")
			.param(id)
			.query(Long.class)
			.list()).containsExactly(only);
	}

	@Test
	void textWithTheNulCharacterIsRefusedWithoutTouchingTheDatabase() throws Exception {
		this.mvc.perform(valid(post("/programmes")).param("name", "Bad\u0000name"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
		return request.with(user(this.admin))
			.with(csrf())
			.param("coordinatingOrganisationId", String.valueOf(this.cemr))
			.param("format", "BILATERAL")
			.param("themeIds", String.valueOf(this.housing))
			.param("steps", "NEEDS_ANALYSIS", "VISITS")
			.param("defaultVisits", "3")
			.param("coordinatorIds", String.valueOf(userId("coordinator@cemr.example.org")));
	}

	private MockHttpServletRequestBuilder emma(MockHttpServletRequestBuilder request, UserDetails who, long version) {
		long vvsg = this.jdbc.sql("select coordinating_organisation_id from programme where name = 'EMMA'")
			.query(Long.class)
			.single();
		return request.with(user(who))
			.with(csrf())
			.param("name", "EMMA")
			.param("coordinatingOrganisationId", String.valueOf(vvsg))
			.param("format", "COMMUNITY_OF_PRACTICE")
			.param("defaultVisits", "2")
			.param("steps", "VISITS")
			.param("version", String.valueOf(version));
	}

	private long userId(String email) {
		return this.jdbc.sql("select id from app_user where email = ?").param(email).query(Long.class).single();
	}

}
