package org.citymentor.organisation;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation directory: search and paging, adding, editing and association members.
 */
@CityMentorTest
class OrganisationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void searchFiltersByNameKindAndCountryAndPages() throws Exception {
		UserDetails member = this.users.loadUserByUsername("mentee@capaci.example.org");
		this.mvc.perform(get("/organisations").param("q", "mechel").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Mechelen<")))
			.andExpect(content().string(not(containsString(">Capaci<"))));
		this.mvc.perform(get("/organisations").param("kind", "ASSOCIATION").param("country", "BE").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Brulocalis")))
			.andExpect(content().string(not(containsString(">Mechelen<"))))
			.andExpect(content().string(not(containsString("AICCRE"))));
		long total = this.jdbc.sql("select count(*) from organisation").query(Long.class).single();
		assertThat(total).isGreaterThan(Organisations.PAGE_SIZE);
		this.mvc.perform(get("/organisations").with(user(member)))
			.andExpect(content().string(containsString("govuk-pagination")))
			.andExpect(content().string(containsString("page=1")));
		this.mvc.perform(get("/organisations").param("page", "1").with(user(member))).andExpect(status().isOk());
	}

	@Test
	void nonsenseFiltersGiveAFriendlyAnswer() throws Exception {
		UserDetails member = this.users.loadUserByUsername("mentee@capaci.example.org");
		this.mvc.perform(get("/organisations").param("kind", "CASTLE").with(user(member)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Something in the request was not right")))
			.andExpect(content().string(not(containsString("Exception"))));
		this.mvc.perform(get("/organisations").param("country", "XX").param("page", "-3").with(user(member)))
			.andExpect(status().isOk());
	}

	@Test
	void aCoordinatorAddsACityAndMayEditItAfterwards() throws Exception {
		UserDetails coordinator = this.users.loadUserByUsername("coordinator@vvsg.example.org");
		this.mvc
			.perform(post("/organisations").with(user(coordinator))
				.with(csrf())
				.param("name", "Lokeren")
				.param("kind", "CITY")
				.param("country", "BE")
				.param("region", "Flanders")
				.param("website", "https://www.lokeren.be")
				.param("languages", "nl", "fr"))
			.andExpect(status().isFound());
		long id = this.jdbc.sql("select id from organisation where name = 'Lokeren'").query(Long.class).single();
		assertThat(this.jdbc.sql("select language from organisation_language where organisation_id = ? order by 1")
			.param(id)
			.query(String.class)
			.list()).containsExactly("fr", "nl");
		this.mvc.perform(get("/organisations/" + id + "/edit").with(user(coordinator))).andExpect(status().isOk());
		UserDetails otherCoordinator = this.users.loadUserByUsername("coordinator@cemr.example.org");
		this.mvc.perform(get("/organisations/" + id + "/edit").with(user(otherCoordinator)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsExplainedAndKept() throws Exception {
		UserDetails admin = this.users.loadUserByUsername("admin@example.org");
		this.mvc
			.perform(post("/organisations").with(user(admin))
				.with(csrf())
				.param("name", "Mechelen")
				.param("kind", "CITY")
				.param("country", "BE")
				.param("region", "Kept region <script>")
				.param("website", "javascript:alert(1)")
				.param("languages", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(
					content().string(containsString("An organisation with this name already exists in this country")))
			.andExpect(content().string(containsString("Enter a web address that starts with https:// or http://")))
			.andExpect(content().string(containsString("Choose languages from the list")))
			.andExpect(content().string(containsString("Kept region &lt;script&gt;")));
		this.mvc
			.perform(post("/organisations").with(user(admin))
				.with(csrf())
				.param("name", "")
				.param("kind", "")
				.param("country", "ZZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of the organisation")))
			.andExpect(content().string(containsString("Choose what kind of organisation this is")))
			.andExpect(content().string(containsString("Choose the country")));
	}

	@Test
	void editingAnOldVersionShowsBothVersionsAndOverwritesNothing() throws Exception {
		UserDetails admin = this.users.loadUserByUsername("admin@example.org");
		long id = this.jdbc.sql("select id from organisation where name = 'Herent'").query(Long.class).single();
		long version = this.jdbc.sql("select version from organisation where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/organisations/" + id).with(user(admin))
				.with(csrf())
				.param("name", "Herent")
				.param("kind", "CITY")
				.param("country", "BE")
				.param("region", "Flemish Brabant")
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/organisations/" + id).with(user(admin))
				.with(csrf())
				.param("name", "Herent")
				.param("kind", "CITY")
				.param("country", "BE")
				.param("region", "Leuven area")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed while you were editing")))
			.andExpect(content().string(containsString("Flemish Brabant")))
			.andExpect(content().string(containsString("Leuven area")));
		assertThat(this.jdbc.sql("select region from organisation where id = ?").param(id).query(String.class).single())
			.isEqualTo("Flemish Brabant");
	}

	@Test
	void anAssociationGainsAndLosesMemberCities() throws Exception {
		UserDetails admin = this.users.loadUserByUsername("admin@example.org");
		long brulocalis = this.jdbc.sql("select id from organisation where name = 'Brulocalis'")
			.query(Long.class)
			.single();
		long ostend = this.jdbc.sql("select id from organisation where name = 'Ostend'").query(Long.class).single();
		this.mvc
			.perform(post("/organisations/" + brulocalis + "/members").with(user(admin))
				.with(csrf())
				.param("memberId", String.valueOf(ostend)))
			.andExpect(status().isFound());
		this.mvc.perform(get("/organisations/" + ostend).with(user(admin)))
			.andExpect(content().string(containsString("Brulocalis")));
		this.mvc
			.perform(post("/organisations/" + brulocalis + "/members/" + ostend + "/remove").with(user(admin))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select count(*) from association_member where association_id = ? and member_id = ?")
			.params(brulocalis, ostend)
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(post("/organisations/" + ostend + "/members").with(user(admin))
				.with(csrf())
				.param("memberId", String.valueOf(brulocalis)))
			.andExpect(status().isNotFound());
	}

}
