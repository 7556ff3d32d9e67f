package org.citymentor.matching;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.citymentor.matching.MatchingFixtures.City;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator opens a call, a mentee city and a mentor city apply, the suggestions
 * explain themselves, and the match is drafted and published. Every page passes axe.
 */
class MatchingBrowserTest extends BrowserTest {

	@Autowired
	MatchingFixtures fixtures;

	@Test
	void fromAnOpenCallToAPublishedMatch() {
		City mentee = this.fixtures.city("Browsetown", "IT", "en");
		City mentor = this.fixtures.city("Guidecity", "BE", "en");
		String title = "Browser call " + UUID.randomUUID().toString().substring(0, 6);
		long programme = this.fixtures.programme("IncluCities");

		signIn(MatchingFixtures.COORDINATOR);
		visit("/calls");
		visit("/programmes/" + programme + "/calls/new");
		// the refused form answers 422 with its messages
		this.page.waitForNavigation(
				this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the call"))::click);
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("Enter a title");
		checkAccessibility();
		this.page.locator("#title").fill(title);
		this.page.locator("#deadline").fill(LocalDate.now().plusDays(20).toString());
		this.page.locator("label", new Page.LocatorOptions().setHasText("Social cohesion")).first().click();
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the call")));
		assertThat(this.page.locator("main").textContent()).contains("The call is open", title);
		checkAccessibility();
		String callUrl = this.page.url();
		signOut();

		apply(mentee.officer(), callUrl, "Apply as a mentee city", null);
		apply(mentor.officer(), callUrl, "Apply as a mentor city", "2");

		signIn(MatchingFixtures.COORDINATOR);
		visit(callUrl);
		submitAndWait(this.page.locator("main table a", new Page.LocatorOptions().setHasText(mentee.name())));
		checkAccessibility();
		assertThat(this.page.locator("main").textContent()).contains("1. " + mentor.name(), "Both work in English",
				"Themes in common: 1 of 1", "No data");
		submitAndWait(this.page.locator("main button",
				new Page.LocatorOptions().setHasText("Draft the match with " + mentor.name())));
		assertThat(this.page.locator("main").textContent()).contains("The match is drafted", mentee.name(),
				mentor.name());
		checkAccessibility();
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Publish 1")));
		assertThat(this.page.locator("main").textContent()).contains("The matches are published", "published");
		checkAccessibility();
	}

	private void apply(TestAccount officer, String callUrl, String button, String capacity) {
		submitLogin(officer.email(), officer.password());
		visit(callUrl);
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText(button)));
		checkAccessibility();
		this.page.locator("label", new Page.LocatorOptions().setHasText("English")).first().click();
		if (capacity != null) {
			this.page.locator("#capacity").fill(capacity);
		}
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Send the application")));
		assertThat(this.page.locator("main").textContent()).contains("Your application is sent");
		checkAccessibility();
		signOut();
	}

}
