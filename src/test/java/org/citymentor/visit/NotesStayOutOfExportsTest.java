package org.citymentor.visit;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A confidential note never leaves the group through an export: not in the agenda's PDF,
 * not in the visit's calendar file, for members and coordinators alike.
 */
@CityMentorTest
class NotesStayOutOfExportsTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Visits visits;

	@Test
	void theAgendaPdfAndTheCalendarFileHoldNoNote() throws Exception {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 3, 2));
		VisitTestSupport.writeNote(this.fixtures, f.mentor(), f, visit, "The deputy mayor seems reluctant");
		String base = "/groups/" + f.groupId() + "/visits/" + visit;
		for (var who : java.util.List.of(f.mentee(), VisitTestSupport.COORDINATOR)) {
			byte[] pdf = this.fixtures.as(who, get(base + "/agenda.pdf"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).doesNotContain("reluctant");
			}
			String ics = this.fixtures.as(who, get(base + ".ics"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(ics).contains("BEGIN:VEVENT").doesNotContain("reluctant");
		}
	}

}
