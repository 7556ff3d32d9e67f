package org.citymentor.training;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator plans a training with the suggested agenda (after a wrong end time), a
 * mentee gives their expectations, the coordinator records attendance, and the group's
 * task list shows the training completed. Every page passes axe.
 */
class TrainingBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Test
	void aTrainingIsPlannedPreparedAndAttended() {
		FormFixture f = this.fixtures.create();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		signIn("coordinator@cemr.example.org");
		visit("/groups/" + f.groupId());
		assertThat(this.page.locator("#journey + ul").textContent()).contains("Training");
		visit("/groups/" + f.groupId() + "/trainings");
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Plan a training session")));
		checkAccessibility();
		assertThat(this.page.locator("#agenda").inputValue()).contains("Mentoring between cities", "Who does what");
		this.page.locator("#title").fill("Kick-off of our group");
		this.page.locator("#day").fill(String.valueOf(today.getDayOfMonth()));
		this.page.locator("#month").fill(String.valueOf(today.getMonthValue()));
		this.page.locator("#year").fill(String.valueOf(today.getYear()));
		this.page.locator("#startsAt").fill("14:00");
		this.page.locator("#endsAt").fill("13:00");
		this.page.locator("#timeZone").selectOption("Europe/Brussels");
		this.page.locator("#meetingLink").fill("https://meet.example.org/our-kick-off");
		var refused = this.page.waitForNavigation(
				() -> this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the session"))
					.click());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent())
			.contains("The end time must be after the start time");
		assertThat(this.page.locator("#title").inputValue()).isEqualTo("Kick-off of our group");
		checkAccessibility();
		this.page.locator("#endsAt").fill("17:00");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the session")));
		assertThat(this.page.locator("main").textContent()).contains("The session is planned",
				"Mentoring between cities", "Join online");
		checkAccessibility();
		String session = this.page.url();
		signOut();

		signInAs(f.mentee());
		visit("/");
		visit(session);
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Give your expectations")));
		checkAccessibility();
		this.page.locator("#expects").fill("A first plan our council can back");
		this.page.locator("#contributes").fill("Our contacts with the migrant associations");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save your expectations")));
		assertThat(this.page.locator("main").textContent()).contains("Your expectations are saved",
				"A first plan our council can back");
		checkAccessibility();
		signOut();

		signIn("coordinator@cemr.example.org");
		visit(session);
		assertThat(this.page.locator("main").textContent()).contains("1 of 3 invited people gave their expectations");
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Record attendance")));
		checkAccessibility();
		this.page.locator("#attended-" + f.mentee().id()).check();
		this.page.locator("#attended-" + f.mentor().id()).check();
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save attendance")));
		assertThat(this.page.locator("main").textContent()).contains("Attendance is saved",
				"2 of 3 invited people attended");
		checkAccessibility();
		visit("/groups/" + f.groupId());
		assertThat(
				this.page.locator("#journey + ul li", new Page.LocatorOptions().setHasText("Training")).textContent())
			.contains("Completed", "2 of 3 attended");
		visit("/trainings/key-points-of-mentoring");
		assertThat(this.page.locator("main").textContent()).contains("Pull rather than push");
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
