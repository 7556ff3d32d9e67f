package org.citymentor.visit;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor writes notes after a visit (autosaved while typing), adds a follow-up for
 * the mentee, and the mentee marks it done. Every page passes axe.
 */
class VisitNotesBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Visits visits;

	@Autowired
	VisitNotes notes;

	@Test
	void theMentorWritesNotesAndTheMenteeFollowsUp() {
		FormFixture f = this.fixtures.create();
		long visit = VisitTestSupport.visit(this.visits, f, LocalDate.of(2026, 6, 1));
		String notesPath = VisitTestSupport.notes(f, visit);
		signInAs(f.mentor());
		visit(notesPath);
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Write your notes")));
		checkAccessibility();
		assertThat(this.page.locator("aside").textContent()).contains("Mentors pull, they don't push");
		this.page.locator("#observations").fill("A lively neighbourhood festival");
		PlaywrightAssertions.assertThat(this.page.locator("#autosave-status")).containsText("Draft saved at");
		assertThat(this.notes.mine(visit, f.mentor().id()).orElseThrow().observations())
			.isEqualTo("A lively neighbourhood festival");
		this.page.locator("#nextSteps").fill("Invite the associations");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save your notes")));
		assertThat(this.page.locator("main").textContent()).contains("Your notes are saved",
				"A lively neighbourhood festival", "Invite the associations");
		checkAccessibility();

		this.page.locator("#followUpTitle").fill("Invite the associations to the next visit");
		this.page.locator("#ownerUserId").selectOption(String.valueOf(f.mentee().id()));
		this.page.locator("#dueDay").fill("30");
		this.page.locator("#dueMonth").fill("6");
		this.page.locator("#dueYear").fill("2099");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Add the follow-up")));
		assertThat(this.page.locator("#follow-ups").textContent()).contains("Invite the associations to the next visit",
				"Test mentee");
		checkAccessibility();
		signOut();

		signInAs(f.mentee());
		visit(notesPath);
		assertThat(this.page.locator("#follow-ups-open").textContent()).contains("1 open follow-up");
		submitAndWait(
				this.page.locator("#follow-ups-open button", new Page.LocatorOptions().setHasText("Mark as done")));
		assertThat(this.page.locator("main").textContent()).contains("The follow-up is marked as done",
				"No open follow-ups");
		checkAccessibility();
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
