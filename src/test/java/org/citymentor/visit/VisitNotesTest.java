package org.citymentor.visit;

import java.time.LocalDate;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citymentor.visit.VisitTestSupport.notes;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member writes their notes of a visit: autosaved while typing, saved with the button
 * without JavaScript, and never silently overwritten by another tab.
 */
@CityMentorTest
class VisitNotesTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Visits visits;

	@Autowired
	VisitNotes notes;

	@Test
	void autosaveKeepsTheDraftAndAnswersTheStatusWithTheNewVersion() throws Exception {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 3, 9));
		String first = this.fixtures
			.as(f.mentor(), post(notes(f, visit) + "/mine/autosave").param("observations", "Busy market square"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("Draft saved at");
		Document status = Jsoup.parse(first);
		assertThat(status.select("input#version").attr("value")).isEqualTo("0");
		assertThat(this.notes.mine(visit, f.mentor().id()).orElseThrow().observations())
			.isEqualTo("Busy market square");

		String second = this.fixtures
			.as(f.mentor(),
					post(notes(f, visit) + "/mine/autosave").param("version", "0")
						.param("observations", "Busy market square")
						.param("doingWell", "Volunteers"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(second).select("input#version").attr("value")).isEqualTo("1");
		VisitNote stored = this.notes.mine(visit, f.mentor().id()).orElseThrow();
		assertThat(stored.doingWell()).isEqualTo("Volunteers");
		assertThat(stored.shared()).isFalse();

		// an autosave from a tab that missed the last save changes nothing
		String stale = this.fixtures
			.as(f.mentor(), post(notes(f, visit) + "/mine/autosave").param("version", "0").param("observations", "Old"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("changed in another tab");
		assertThat(this.notes.mine(visit, f.mentor().id()).orElseThrow().observations())
			.isEqualTo("Busy market square");
	}

	@Test
	void aStaleSaveShowsBothTextsInsteadOfOverwriting() throws Exception {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 3, 16));
		this.fixtures
			.as(f.mentor(), post(notes(f, visit) + "/mine").param("version", "").param("observations", "From tab one"))
			.andExpect(status().is3xxRedirection());
		// tab two also started a new note
		String conflict = this.fixtures
			.as(f.mentor(), post(notes(f, visit) + "/mine").param("version", "").param("observations", "From tab two"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(conflict);
		assertThat(page.select("textarea#observations").text()).isEqualTo("From tab two");
		assertThat(page.select(".cm-conflict").text()).contains("From tab one");
		assertThat(page.select("input#version").attr("value")).isEqualTo("0");
		assertThat(this.notes.mine(visit, f.mentor().id()).orElseThrow().observations()).isEqualTo("From tab one");

		// an edit from an old version
		this.fixtures
			.as(f.mentor(), post(notes(f, visit) + "/mine").param("version", "0").param("observations", "Second edit"))
			.andExpect(status().is3xxRedirection());
		Document stale = Jsoup.parse(this.fixtures
			.as(f.mentor(), post(notes(f, visit) + "/mine").param("version", "0").param("observations", "Stale edit"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(stale.select("textarea#observations").text()).isEqualTo("Stale edit");
		assertThat(stale.select(".cm-conflict").text()).contains("Second edit");
		// saving again from the conflict page is deliberate: it keeps this version
		this.fixtures
			.as(f.mentor(),
					post(notes(f, visit) + "/mine").param("version", stale.select("input#version").attr("value"))
						.param("observations", "Merged"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.notes.mine(visit, f.mentor().id()).orElseThrow().observations()).isEqualTo("Merged");
	}

	@Test
	void badInputIsShownAgainWithAMessage() throws Exception {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 3, 23));
		Document empty = Jsoup.parse(this.fixtures.as(f.mentee(), post(notes(f, visit) + "/mine").param("version", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(empty.select(".govuk-error-summary").text()).contains("Write something under at least one heading");
		String tooLong = "a".repeat(10_001);
		Document longPage = Jsoup.parse(this.fixtures
			.as(f.mentee(), post(notes(f, visit) + "/mine").param("options", "").param("doingWell", tooLong))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(longPage.select("#doingWell-error").text()).contains("10,000 characters or fewer");
		assertThat(longPage.select("textarea#doingWell").text()).isEqualTo(tooLong);
		assertThat(this.notes.mine(visit, f.mentee().id())).isEmpty();
	}

}
