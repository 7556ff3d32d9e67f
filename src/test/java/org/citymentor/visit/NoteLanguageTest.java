package org.citymentor.visit;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.shared.web.LanguageResolver;
import org.citymentor.support.CityMentorTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citymentor.visit.VisitTestSupport.notes;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notes are not translated, but a note records the language its author wrote it in, and
 * its page says so to readers of another language.
 */
@CityMentorTest
class NoteLanguageTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Visits visits;

	@Autowired
	VisitNotes notes;

	@Test
	void aNoteWrittenInItalianSaysSoOnItsPage() throws Exception {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 4, 13));
		String location = this.fixtures
			.as(f.mentee(),
					post(notes(f, visit) + "/mine").param("observations", "Piazza molto animata")
						.cookie(new Cookie(LanguageResolver.COOKIE, "it")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.notes.mine(visit, f.mentee().id()).orElseThrow().language()).isEqualTo("it");

		Document page = Jsoup.parse(this.fixtures.as(f.mentor(), get(location))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".cm-written-in").text()).isEqualTo("(written in Italian)");
		assertThat(page.select("p.cm-answer[lang=it]").text()).contains("Piazza molto animata");

		this.fixtures
			.as(f.mentee(),
					post(notes(f, visit) + "/mine").param("version", "0")
						.param("observations", "Piazza molto animata, mercato")
						.cookie(new Cookie(LanguageResolver.COOKIE, "fr")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.notes.mine(visit, f.mentee().id()).orElseThrow().language())
			.as("the language of whoever wrote last")
			.isEqualTo("fr");
	}

}
