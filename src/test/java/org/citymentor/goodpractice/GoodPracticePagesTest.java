package org.citymentor.goodpractice;

import java.util.Set;

import org.citymentor.account.AccountService;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing a sheet: starting it for one's organisation, the long form with its checks, two
 * people saving at once, publishing, and who sees a draft.
 */
@CityMentorTest
class GoodPracticePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoodPractices goodPractices;

	@Autowired
	Organisations organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	GoodPracticeFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new GoodPracticeFixtures(this.organisations, this.accounts, this.users, this.goodPractices);
	}

	@Test
	void anOfficerStartsASheetForTheirOwnOrganisationOnly() throws Exception {
		long city = this.fixtures.city("Startville", "BE");
		long otherCity = this.fixtures.city("Elsewhere", "BE");
		UserDetails officer = this.fixtures.officer(city);
		this.mvc.perform(get("/good-practices/new").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Startville")))
			.andExpect(content().string(not(containsString("Elsewhere"))));
		this.mvc
			.perform(post("/good-practices").with(user(officer))
				.with(csrf())
				.param("organisationId", String.valueOf(otherCity))
				.param("title", "Kept title"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an organisation you work for")))
			.andExpect(content().string(containsString("Kept title")));
		MvcResult created = this.mvc
			.perform(post("/good-practices").with(user(officer))
				.with(csrf())
				.param("organisationId", String.valueOf(city))
				.param("title", "Homework clubs in the library"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/good-practices/*/edit"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().split("/")[2]);
		assertThat(
				this.jdbc.sql("select status from good_practice where id = ?").param(id).query(String.class).single())
			.isEqualTo("DRAFT");
		assertThat(
				this.jdbc.sql("select country from good_practice where id = ?").param(id).query(String.class).single())
			.as("the country comes from the organisation")
			.isEqualTo("BE");
		this.mvc.perform(get("/good-practices/" + id + "/edit").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Homework clubs in the library")))
			.andExpect(content().string(containsString("Context and rationale")))
			.andExpect(content().string(containsString("govuk-character-count")));
		// administrators write for any organisation; someone without one writes no sheet
		this.mvc.perform(get("/good-practices/new").with(user(this.fixtures.person("admin@example.org"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Elsewhere")));
		TestAccount loner = TestAccount.create(this.accounts, "loner", Role.MEMBER);
		this.mvc.perform(get("/good-practices/new").with(user(this.fixtures.person(loner.email()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsExplainedAndEverythingTypedIsKept() throws Exception {
		long city = this.fixtures.city("Checkton", "NL");
		UserDetails officer = this.fixtures.officer(city);
		long id = this.fixtures.draft(city, Set.of(), GoodPracticeField.AIMS, "Old aims");
		long version = version(id);
		this.mvc
			.perform(post("/good-practices/" + id + "/edit").with(user(officer))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "")
				.param("context", "Kept context <b>bold</b>")
				.param("aims", "x".repeat(10_001))
				.param("startDay", "31")
				.param("startMonth", "2")
				.param("startYear", "2021")
				.param("linkUrls", "javascript:alert(1)", "https://example.org/a,b", "")
				.param("linkLabels", "Bad link", "Report, part 2", "Label without address")
				.param("languages", "nl", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the title of the good practice")))
			.andExpect(content().string(containsString("Use 10,000 characters or fewer")))
			.andExpect(content().string(containsString("Enter a real date")))
			.andExpect(content().string(containsString("Enter a web address that starts with https:// or http://")))
			.andExpect(content().string(containsString("Enter the web address of this link")))
			.andExpect(content().string(containsString("Choose languages from the list")))
			.andExpect(content().string(containsString("Kept context &lt;b&gt;bold&lt;/b&gt;")))
			.andExpect(content().string(containsString("value=\"https://example.org/a,b\"")))
			.andExpect(content().string(containsString("value=\"Report, part 2\"")))
			.andExpect(content().string(containsString("value=\"31\"")));
		this.mvc
			.perform(post("/good-practices/" + id + "/edit").with(user(officer))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Kept")
				.param("startMonth", "abc")
				.param("startYear", "2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		assertThat(this.goodPractices.details(id).data().text(GoodPracticeField.AIMS)).isEqualTo("Old aims");

		this.mvc
			.perform(post("/good-practices/" + id + "/edit").with(user(officer))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Tool library")
				.param("location", "Checkton")
				.param("context", "Few people own tools.")
				.param("mainActivities", "Lending tools.")
				.param("startMonth", "3")
				.param("startYear", "2021")
				.param("linkUrls", "https://example.org/a,b", "")
				.param("linkLabels", "Report, part 2", "")
				.param("languages", "nl", "en"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/good-practices/" + id));
		GoodPracticeDetails saved = this.goodPractices.details(id);
		assertThat(saved.data().startDate()).isEqualTo(StartDate.ofMonth(2021, 3));
		assertThat(saved.data().links())
			.containsExactly(new GoodPracticeLink("https://example.org/a,b", "Report, part 2"));
		assertThat(saved.data().text(GoodPracticeField.AIMS)).isNull();
		this.mvc.perform(get("/good-practices/" + id).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("March 2021")))
			.andExpect(content().string(containsString("href=\"https://example.org/a,b\"")));
	}

	@Test
	void aSecondSaveOfTheSameVersionShowsBothAndOverwritesNothing() throws Exception {
		long city = this.fixtures.city("Twice", "BE");
		UserDetails officer = this.fixtures.officer(city);
		long id = this.fixtures.draft(city, Set.of(), GoodPracticeField.AIMS, "First aims");
		long version = version(id);
		this.mvc
			.perform(post("/good-practices/" + id + "/edit").with(user(officer))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Shared title")
				.param("aims", "Aims of the first person"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/good-practices/" + id + "/edit").with(user(officer))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Shared title")
				.param("aims", "Aims of the second person"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed while you were editing")))
			.andExpect(content().string(containsString("Aims of the first person")))
			.andExpect(content().string(containsString("Aims of the second person")));
		assertThat(this.goodPractices.details(id).data().text(GoodPracticeField.AIMS))
			.isEqualTo("Aims of the first person");
	}

	@Test
	void aDraftIsOnlyForItsOrganisationUntilItIsPublished() throws Exception {
		long city = this.fixtures.city("Draftburg", "BE");
		UserDetails officer = this.fixtures.officer(city);
		UserDetails outsider = this.fixtures.officer(this.fixtures.city("Outside", "BE"));
		UserDetails admin = this.fixtures.person("admin@example.org");
		long id = this.goodPractices.startDraft(city, "Secret draft of Draftburg", Set.of("en"), null);

		this.mvc.perform(get("/good-practices/" + id).with(user(officer))).andExpect(status().isOk());
		this.mvc.perform(get("/good-practices/" + id).with(user(admin))).andExpect(status().isOk());
		this.mvc.perform(get("/good-practices/" + id).with(user(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(get("/good-practices/" + id + "/edit").with(user(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(get("/good-practices").param("q", "Draftburg").with(user(outsider)))
			.andExpect(content().string(not(containsString("Secret draft of Draftburg"))));
		this.mvc.perform(get("/good-practices").param("q", "Draftburg").with(user(officer)))
			.andExpect(content().string(containsString("Secret draft of Draftburg")));
		this.mvc.perform(get("/good-practices/" + id)).andExpect(redirectedUrl("/login"));

		// publishing needs where, why and what
		this.mvc.perform(post("/good-practices/" + id + "/publish").with(user(officer)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("publishRefused", true));
		this.mvc.perform(get("/good-practices/" + id).with(user(officer)))
			.andExpect(content().string(containsString("To publish this sheet, fill in:")))
			.andExpect(content().string(containsString("Where, Why it started, Main activities.")));
		assertThat(this.goodPractices.details(id).isDraft()).isTrue();

		this.goodPractices.update(id, version(id), new GoodPracticeData(
				java.util.Map.of(GoodPracticeField.TITLE, "Secret draft of Draftburg", GoodPracticeField.LOCATION,
						"Draftburg", GoodPracticeField.CONTEXT, "Why", GoodPracticeField.MAIN_ACTIVITIES, "What"),
				null, Set.of(), Set.of("en"), java.util.List.of()), null);
		this.mvc.perform(post("/good-practices/" + id + "/publish").with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("notice", "notice.goodPracticePublished"));
		this.mvc.perform(get("/good-practices/" + id).with(user(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Make it a draft again"))));
		this.mvc.perform(get("/good-practices/" + id + "/edit").with(user(outsider))).andExpect(status().isForbidden());
		this.mvc.perform(post("/good-practices/" + id + "/delete").with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("deleteRefused", true));

		this.mvc.perform(post("/good-practices/" + id + "/unpublish").with(user(officer)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/good-practices/" + id).with(user(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(post("/good-practices/" + id + "/delete").with(user(outsider)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/good-practices/" + id + "/delete").with(user(officer)).with(csrf()))
			.andExpect(redirectedUrl("/good-practices"));
		assertThat(
				this.jdbc.sql("select count(*) from good_practice where id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void theDemoLibraryIsThereWithADraftOfCapaci() throws Exception {
		UserDetails capaci = this.fixtures.person("mentee@capaci.example.org");
		UserDetails mechelen = this.fixtures.person("mentor@mechelen.example.org");
		this.mvc.perform(get("/good-practices").with(user(mechelen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pleinmakers")))
			.andExpect(content().string(containsString("Buddies for newcomers")))
			.andExpect(content().string(not(containsString("Tutti Capaci"))));
		this.mvc.perform(get("/good-practices").with(user(capaci)))
			.andExpect(content().string(containsString("Tutti Capaci")));
		assertThat(this.jdbc
			.sql("select count(*) from good_practice where status = 'PUBLISHED' and title in "
					+ "('Pleinmakers: samenleven op de pleinen van sociale woonwijken', 'Buddies for newcomers',"
					+ " 'A volunteer platform for learning French', 'An anti-rumours network',"
					+ " 'Actieve omstaander: optreden als je racisme ziet', 'Practising Dutch outside the classroom')")
			.query(Long.class)
			.single()).isEqualTo(6);
		assertThat(this.goodPractices.publishedOptions(
				this.jdbc.sql("select id from organisation where name = 'Mechelen'").query(Long.class).single()))
			.extracting(GoodPracticeOption::title)
			.contains("Buddies for newcomers");
	}

	private long version(long id) {
		return this.jdbc.sql("select version from good_practice where id = ?").param(id).query(Long.class).single();
	}

}
