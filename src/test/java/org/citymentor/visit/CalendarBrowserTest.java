package org.citymentor.visit;

import com.microsoft.playwright.Page;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member makes a calendar feed address from the account page, replaces it and stops the
 * feed. Every page passes axe.
 */
class CalendarBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Test
	void aMemberMakesReplacesAndStopsTheirFeed() {
		FormFixture f = this.fixtures.create();
		signInAs(f.mentor());
		visit("/account");
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Add the visits and meetings")));
		checkAccessibility();
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Create a feed address")));
		checkAccessibility();
		String first = this.page.locator("#feed-url").inputValue();
		assertThat(first).contains("/calendar/").endsWith(".ics");

		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Replace the address")));
		assertThat(this.page.locator("#feed-url").inputValue()).isNotEqualTo(first);

		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Stop the feed")));
		checkAccessibility();
		assertThat(this.page.locator("main").textContent()).contains("Your calendar feed is stopped",
				"Create a feed address");
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
