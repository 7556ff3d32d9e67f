package org.citymentor.visit;

import java.time.LocalDate;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.TestAccount;

import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Visits and notes for the tests of visit notes and follow-ups. */
final class VisitTestSupport {

	static final TestAccount COORDINATOR = new TestAccount(0, "coordinator@cemr.example.org", "", "");

	static final TestAccount ADMIN = new TestAccount(0, "admin@example.org", "", "");

	private VisitTestSupport() {
	}

	/** A held two-day visit of the fixture's group, starting on the given day. */
	static long visit(Visits visits, FormFixture f, LocalDate startsOn) {
		return visits.create(f.groupId(), new VisitData(1, f.mentorCity(), VisitMode.ON_SITE, null, "Town hall",
				startsOn, startsOn.plusDays(1), "Europe/Brussels", null, null, VisitStatus.HELD), "Test");
	}

	static String notes(FormFixture f, long visitId) {
		return "/groups/" + f.groupId() + "/visits/" + visitId + "/notes";
	}

	/** Saves a new note as this person (Save, not autosave) and answers its id. */
	static long writeNote(FormFixtures fixtures, TestAccount who, FormFixture f, long visitId, String observations)
			throws Exception {
		MvcResult result = fixtures
			.as(who, post(notes(f, visitId) + "/mine").param("observations", observations)
				.param("nextSteps", "Map the associations of the town"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
