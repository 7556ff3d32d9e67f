package org.citymentor.goodpractice;

import java.util.Set;

import org.citymentor.account.AccountService;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Themes;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full-text search of the library on PostgreSQL: English and Dutch stemming, accents,
 * ranking, highlighted snippets that stay text, filters, pages and live results.
 */
@CityMentorTest
class GoodPracticeSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	GoodPractices goodPractices;

	@Autowired
	Organisations organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Themes themes;

	GoodPracticeFixtures fixtures;

	UserDetails reader;

	@BeforeEach
	void setUp() {
		this.fixtures = new GoodPracticeFixtures(this.organisations, this.accounts, this.users, this.goodPractices);
		this.reader = this.fixtures.person("mentee@jelgava.example.org");
	}

	@Test
	void wordsAreFoundInEnglishAndDutchWhateverTheirFormOrAccents() {
		long city = this.fixtures.city("Stemford", "BE");
		long english = this.fixtures.published(city, Set.of(), GoodPracticeField.TITLE, "Quillwort integration desk",
				GoodPracticeField.MAIN_ACTIVITIES, "Supporting the integration of newcomers at the quillwort desk.");
		long dutch = this.fixtures.published(city, Set.of(), GoodPracticeField.TITLE, "Buurtwerk met bewoners",
				GoodPracticeField.CONTEXT, "Bewoners van de buurt ontmoeten elkaar in het café. De coördinatie "
						+ "ligt bij de quillwort-werker.");

		assertThat(ids("integrating quillwort")).contains(english).doesNotContain(dutch);
		assertThat(ids("buurten quillwort")).contains(dutch).doesNotContain(english);
		assertThat(ids("cafe quillwort")).as("no accent finds an accent").contains(dutch);
		assertThat(ids("coordinatie quillwort")).contains(dutch);
		assertThat(ids("\"quillwort integration\"")).containsExactly(english);
		assertThat(ids("quillwort -integration")).contains(dutch).doesNotContain(english);
		assertThat(ids("quillwort")).as("a title match ranks first").startsWith(english);
	}

	@Test
	void matchesAreHighlightedAndEverythingElseStaysText() throws Exception {
		long city = this.fixtures.city("Markham", "BE");
		this.fixtures.published(city, Set.of(), GoodPracticeField.TITLE, "Zephyrine <script>alert(1)</script>",
				GoodPracticeField.CONTEXT, "People meet in the café <img src=x onerror=alert(2)> zephyrine evenings.");
		this.mvc.perform(get("/good-practices").param("q", "zephyrine cafe").with(user(this.reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>café</mark>")))
			.andExpect(content().string(containsString("<mark>zephyrine</mark>")))
			.andExpect(content().string(containsString("Zephyrine &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(2)&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	@Test
	void sheetsWithTheWordsInTheirTitleOrSummaryComeBeforeNewerOnesWithThemFurtherDown() {
		long city = this.fixtures.city("Rankton", "BE");
		long inTitle = this.fixtures.published(city, Set.of(), GoodPracticeField.TITLE, "Cormorant volunteers");
		long inAims = this.fixtures.published(city, Set.of(), GoodPracticeField.AIMS,
				"Train cormorant volunteers in every district");
		long deepDown = this.fixtures.published(city, Set.of(), GoodPracticeField.CHALLENGES,
				"Finding cormorant volunteers was hard");
		long deepDownNewest = this.fixtures.published(city, Set.of(), GoodPracticeField.CHALLENGES,
				"Keeping cormorant volunteers took time");
		assertThat(ids("cormorant volunteers")).containsExactly(inTitle, inAims, deepDownNewest, deepDown);
	}

	@Test
	void filtersNarrowTheResults() {
		long maltese = this.fixtures.city("Filterbay", "MT");
		long belgian = this.fixtures.city("Filterbeek", "BE");
		long gender = this.themes.idOf("gender");
		long inMalta = this.fixtures.published(maltese, Set.of(gender), GoodPracticeField.AIMS, "Sandpiper aims");
		long inMaltaNoTheme = this.fixtures.published(maltese, Set.of(), GoodPracticeField.AIMS, "Sandpiper aims");
		long inBelgium = this.fixtures.published(belgian, Set.of(gender), GoodPracticeField.AIMS, "Sandpiper aims");

		assertThat(ids(new GoodPracticeQuery("sandpiper", null, null, null))).contains(inMalta, inMaltaNoTheme,
				inBelgium);
		assertThat(ids(new GoodPracticeQuery("sandpiper", null, "MT", null))).containsOnly(inMalta, inMaltaNoTheme);
		assertThat(ids(new GoodPracticeQuery("sandpiper", gender, null, null))).containsOnly(inMalta, inBelgium);
		assertThat(ids(new GoodPracticeQuery(null, gender, null, maltese))).containsOnly(inMalta);
		assertThat(this.goodPractices.publishedCountries()).contains("MT", "BE");
		// part of the owner's name, as the filter asks for it when the list would be too
		// long
		assertThat(ids(new GoodPracticeQuery("sandpiper", null, null, null, "FILTERBAY"))).containsOnly(inMalta,
				inMaltaNoTheme);
		assertThat(ids(new GoodPracticeQuery("sandpiper", null, null, null, "%"))).isEmpty();
	}

	@Test
	void resultsComeInPagesOfTwenty() throws Exception {
		long city = this.fixtures.city("Pagenham", "BE");
		for (int i = 0; i < GoodPractices.PAGE_SIZE + 1; i++) {
			this.fixtures.published(city, Set.of(), GoodPracticeField.AIMS, "Kittiwake number " + i);
		}
		GoodPracticeViewer viewer = new GoodPracticeViewer(false, null);
		GoodPracticeQuery query = new GoodPracticeQuery("kittiwake", null, null, null);
		assertThat(this.goodPractices.search(query, viewer, 0).getContent()).hasSize(GoodPractices.PAGE_SIZE);
		assertThat(this.goodPractices.search(query, viewer, 1).getContent()).hasSize(1);
		assertThat(this.goodPractices.search(query, viewer, 1).getTotalElements()).isEqualTo(21);
		this.mvc.perform(get("/good-practices").param("q", "kittiwake").with(user(this.reader)))
			.andExpect(content().string(containsString("21 good practices")))
			.andExpect(content().string(containsString("govuk-pagination")))
			.andExpect(content().string(containsString("/good-practices?q=kittiwake&amp;page=1")));
		this.mvc.perform(get("/good-practices").param("q", "kittiwake").param("page", "1").with(user(this.reader)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/good-practices").param("page", "-4").with(user(this.reader))).andExpect(status().isOk());
		this.mvc.perform(get("/good-practices").param("theme", "abc").with(user(this.reader)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void withoutWordsTheNewestComeFirstAndHtmxGetsOnlyTheResults() throws Exception {
		long city = this.fixtures.city("Newbury", "BE");
		this.fixtures.published(city, Set.of(), GoodPracticeField.TITLE, "Freshest practice of all");
		this.mvc.perform(get("/good-practices").with(user(this.reader)))
			.andExpect(content().string(containsString("Freshest practice of all")));
		assertThat(this.goodPractices
			.search(new GoodPracticeQuery("", null, null, null), new GoodPracticeViewer(false, null), 0)
			.getContent()
			.get(0)
			.title()).isEqualTo("Freshest practice of all");
		this.mvc
			.perform(get("/good-practices").param("q", "freshest").header("HX-Request", "true").with(user(this.reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div id=\"gp-results\"")))
			.andExpect(content().string(containsString("Freshest practice of all")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/good-practices").param("q", "stopwords only: the and of").with(user(this.reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No good practice matches")));
		this.mvc.perform(get("/good-practices").param("q", "\"unbalanced (quote & | ! <>").with(user(this.reader)))
			.andExpect(status().isOk());
	}

	private java.util.List<Long> ids(String words) {
		return ids(new GoodPracticeQuery(words, null, null, null));
	}

	private java.util.List<Long> ids(GoodPracticeQuery query) {
		return this.goodPractices.search(query, new GoodPracticeViewer(false, null), 0)
			.getContent()
			.stream()
			.map(GoodPracticeHit::id)
			.toList();
	}

}
