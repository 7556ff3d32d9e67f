package org.citymentor;

import com.microsoft.playwright.Locator;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator sets up a group in the browser and follows it; every page passes axe.
 */
class GroupJourneyBrowserTest extends BrowserTest {

	@Test
	void aCoordinatorSetsUpAGroupAndFollowsItOnTheOverview() throws Exception {
		signIn("coordinator@cemr.example.org");
		submitAndWait(this.page.locator("main .cm-card h2 a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("IncluCities")));
		String programme = new java.net.URI(this.page.url()).getPath();
		submitAndWait(this.page.locator("main a[href$='/groups/new']"));
		checkAccessibility();

		// a first try without a name keeps what was typed and says what is missing
		this.page.locator("#focus").fill("Housing first for newcomers");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("Enter the name of the group");
		assertThat(this.page.locator("#focus").inputValue()).isEqualTo("Housing first for newcomers");
		checkAccessibility();

		this.page.locator("#title").fill("Housing first – Ghent and Antwerp");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("Housing first – Ghent and Antwerp");
		checkAccessibility();

		addParticipant("Ghent", "MENTEE", "CITY");
		addParticipant("Antwerp", "MENTOR", "CITY");
		Locator matching = this.page.locator(".govuk-task-list__item",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Matching"));
		assertThat(matching.locator(".govuk-task-list__status").textContent().trim()).isEqualTo("Completed");
		checkAccessibility();

		submitAndWait(this.page.locator("main a[href$='/activity']"));
		assertThat(this.page.locator("main table").textContent()).contains("Added Antwerp");
		checkAccessibility();

		visit(programme + "/groups");
		assertThat(this.page.locator("main table").textContent()).contains("Housing first – Ghent and Antwerp");
		this.page.locator("#sort").selectOption("LEAST_ACTIVE");
		submitAndWait(this.page.locator("main form[role=search] button[type=submit]"));
		checkAccessibility();
	}

	private void addParticipant(String organisation, String side, String role) {
		this.page.locator("#organisationId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(organisation));
		this.page.locator("#side").selectOption(side);
		this.page.locator("#role").selectOption(role);
		submitAndWait(this.page.locator("form[action$='/participants'] button[type=submit]"));
		assertThat(this.page.locator("#participants + table, main table").first().textContent()).contains(organisation);
	}

}
