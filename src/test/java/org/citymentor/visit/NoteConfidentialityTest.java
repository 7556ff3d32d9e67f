package org.citymentor.visit;

import java.time.LocalDate;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citymentor.visit.VisitTestSupport.ADMIN;
import static org.citymentor.visit.VisitTestSupport.COORDINATOR;
import static org.citymentor.visit.VisitTestSupport.notes;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visit notes are read by the group's members only: the author, another member, a mentor
 * of another group, the coordinator and an admin, on the note page, the edit form and the
 * notes part of the visit page; the coordinator reads a note once its author shares it.
 */
@CityMentorTest
class NoteConfidentialityTest {

	private static final String SECRET = "The deputy mayor <script>alert('x')</script> doubts the plan";

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Visits visits;

	@Test
	void onlyTheGroupReadsANoteUntilItsAuthorSharesIt() throws Exception {
		FormFixture f = this.fixtures.create();
		FormFixture other = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 3, 2));
		long note = VisitTestSupport.writeNote(this.fixtures, f.mentor(), f, visit, SECRET);
		String page = notes(f, visit) + "/" + note;

		// the note page
		for (TestAccount member : new TestAccount[] { f.mentor(), f.mentee(), f.associationOfficer() }) {
			Document read = Jsoup.parse(this.fixtures.page(member, page));
			assertThat(read.text()).contains(SECRET).contains("Map the associations of the town");
		}
		for (TestAccount notMember : new TestAccount[] { other.mentor(), f.outsider(), COORDINATOR, ADMIN }) {
			this.fixtures.as(notMember, get(page)).andExpect(status().isNotFound());
		}

		// the edit form: each member writes their own; others who see the group may not
		assertThat(
				Jsoup.parse(this.fixtures.page(f.mentor(), notes(f, visit) + "/mine")).select("#observations").text())
			.isEqualTo(SECRET);
		assertThat(this.fixtures.page(f.mentee(), notes(f, visit) + "/mine")).doesNotContain("deputy mayor");
		this.fixtures.as(COORDINATOR, get(notes(f, visit) + "/mine")).andExpect(status().isForbidden());
		this.fixtures.as(ADMIN, get(notes(f, visit) + "/mine")).andExpect(status().isForbidden());
		this.fixtures.as(COORDINATOR, post(notes(f, visit) + "/mine").param("observations", "Mine"))
			.andExpect(status().isForbidden());
		this.fixtures.as(other.mentor(), get(notes(f, visit) + "/mine")).andExpect(status().isNotFound());
		this.fixtures.as(f.outsider(), post(notes(f, visit) + "/mine/autosave").param("observations", "x"))
			.andExpect(status().isNotFound());

		// the notes part of the visit page: the coordinator learns who wrote notes, not
		// what
		Document memberList = Jsoup.parse(this.fixtures.page(f.mentee(), notes(f, visit)));
		assertThat(memberList.select("#visit-notes a[href$=/notes/" + note + "]").text()).contains("Test mentor");
		assertThat(memberList.select("#visit-notes a:contains(Write your notes)")).hasSize(1);
		assertThat(Jsoup.parse(this.fixtures.page(f.mentor(), notes(f, visit)))
			.select("#visit-notes a:contains(Continue your notes)")).hasSize(1);
		for (TestAccount overseer : new TestAccount[] { COORDINATOR, ADMIN }) {
			String html = this.fixtures.page(overseer, notes(f, visit));
			Document list = Jsoup.parse(html);
			assertThat(list.select("#visit-notes").text()).contains("1 note written").contains("Test mentor");
			assertThat(list.select("#visit-notes a")).isEmpty();
			assertThat(html).doesNotContain("deputy mayor").doesNotContain("Map the associations");
		}
		this.fixtures.as(other.mentor(), get(notes(f, visit))).andExpect(status().isNotFound());

		// only the author shares
		this.fixtures.as(f.mentee(), post(page + "/share").param("shared", "true")).andExpect(status().isForbidden());
		this.fixtures.as(COORDINATOR, post(page + "/share").param("shared", "true")).andExpect(status().isNotFound());
		this.fixtures.as(f.mentor(), post(page + "/share").param("shared", "true"))
			.andExpect(status().is3xxRedirection());
		for (TestAccount overseer : new TestAccount[] { COORDINATOR, ADMIN }) {
			assertThat(Jsoup.parse(this.fixtures.page(overseer, page)).text()).contains(SECRET);
			assertThat(Jsoup.parse(this.fixtures.page(overseer, notes(f, visit)))
				.select("#visit-notes a[href$=/notes/" + note + "]")).hasSize(1);
		}
		this.fixtures.as(other.mentor(), get(page)).andExpect(status().isNotFound());

		// and withdraws
		this.fixtures.as(f.mentor(), post(page + "/share").param("shared", "false"))
			.andExpect(status().is3xxRedirection());
		this.fixtures.as(COORDINATOR, get(page)).andExpect(status().isNotFound());
	}

	@Test
	void guessedIdsOfAnotherGroupAnswerNotFound() throws Exception {
		FormFixture f = this.fixtures.create();
		FormFixture other = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 4, 6));
		long otherVisit = VisitTestSupport.visit(this.visits, other, LocalDate.of(2026, 4, 6));
		long note = VisitTestSupport.writeNote(this.fixtures, f.mentor(), f, visit, "Ours");
		// the other group's mentor, through their own group and visit, with our note's id
		this.fixtures.as(other.mentor(), get(notes(other, otherVisit) + "/" + note)).andExpect(status().isNotFound());
		this.fixtures.as(other.mentor(), post(notes(other, otherVisit) + "/" + note + "/share").param("shared", "true"))
			.andExpect(status().isNotFound());
		// their group with our visit's id
		this.fixtures.as(other.mentor(), get("/groups/" + other.groupId() + "/visits/" + visit + "/notes/mine"))
			.andExpect(status().isNotFound());
		// our member, our group, but the other group's visit
		this.fixtures.as(f.mentor(), get("/groups/" + f.groupId() + "/visits/" + otherVisit + "/notes/" + note))
			.andExpect(status().isNotFound());
	}

	@Test
	void htmlInANoteIsShownAsText() throws Exception {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 5, 4));
		long note = VisitTestSupport.writeNote(this.fixtures, f.mentor(), f, visit, SECRET);
		String html = this.fixtures.page(f.mentee(), notes(f, visit) + "/" + note);
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
		assertThat(this.fixtures.page(f.mentor(), notes(f, visit) + "/mine")).doesNotContain("<script>alert");
	}

}
