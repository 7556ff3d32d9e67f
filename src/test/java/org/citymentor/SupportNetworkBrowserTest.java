package org.citymentor;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capaci's officer opens the local support network from the journey, adds a member after
 * a first try with mistakes, and removes them again; the coordinator sees counts only.
 * Every page passes axe.
 */
class SupportNetworkBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void capacisOfficerKeepsTheNetworkFromTheJourney() {
		signIn("mentee@capaci.example.org");
		submitAndWait(
				this.page.locator("main a", new Page.LocatorOptions().setHasText("Building a city for all")).first());
		submitAndWait(this.page.locator(".govuk-task-list__link",
				new Page.LocatorOptions().setHasText("Local support network")));
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("Local support network of Capaci");
		assertThat(this.page.locator("#members + .govuk-summary-list, main .govuk-summary-list").first().textContent())
			.contains("Amina D.");
		checkAccessibility();
		String network = this.page.url();

		submitAndWait(this.page.locator("main a[href$='/members/new']"));
		checkAccessibility();
		this.page.locator("#organisation").fill("Sports club of the harbour");
		this.page.locator("#consentDate").fill("2022-05-04");
		submitAndWait(this.page.locator("main form button[type=submit]").first());
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("Enter the name of the member")
			.contains("Confirm that this person agreed");
		assertThat(this.page.locator("#organisation").inputValue()).isEqualTo("Sports club of the harbour");
		checkAccessibility();

		this.page.locator("#name").fill("Browser B.");
		this.page.locator("label[for=kind-2]").click();
		this.page.locator("label[for=representsMigrants-1]").click();
		this.page.locator("label[for=consent]").click();
		submitAndWait(this.page.locator("main form button[type=submit]").first());
		assertThat(this.page.locator("main .govuk-notification-banner").textContent())
			.contains("The member has been added to the network.");
		Locator row = this.page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Browser B."));
		assertThat(row.textContent()).contains("Sports club of the harbour");
		checkAccessibility();

		submitAndWait(row.locator("a[href$='/remove']"));
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("Remove Browser B. from the network?");
		checkAccessibility();
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.url()).startsWith(network);
		assertThat(this.page.locator("main").textContent()).doesNotContain("Browser B.");

		submitAndWait(this.page.locator("main a[href$='/meetings/new']"));
		checkAccessibility();
	}

	@Test
	void theCoordinatorSeesCountsOnly() {
		signIn("coordinator@cemr.example.org");
		visit("/groups/" + this.jdbc.sql("select id from mentoring_group where title like 'Building a city for all%'")
			.query(Long.class)
			.single());
		submitAndWait(this.page.locator(".govuk-task-list__link",
				new Page.LocatorOptions().setHasText("Local support network")));
		assertThat(this.page.locator("main").textContent()).contains("Number of members")
			.doesNotContain("Amina D.")
			.doesNotContain("@example.org");
		checkAccessibility();
	}

}
