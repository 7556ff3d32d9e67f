package org.citymentor;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Capaci officer drafts an action plan with two parts and their actions, shares and
 * submits it; the Mechelen officer comments on an action; the plan is approved, two
 * progress updates are logged and the PDF is downloaded. Every page passes axe.
 */
class ActionPlanBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Test
	void aMenteeCityDraftsItsPlanAndTheMentorComments() throws Exception {
		FormFixture f = this.fixtures.create();
		String plan = "/groups/" + f.groupId() + "/participants/" + f.menteeParticipant() + "/action-plan";
		signInAs(f.mentee());
		visit("/groups/" + f.groupId());
		submitAndWait(this.page.locator("main .govuk-task-list a", new Page.LocatorOptions().setHasText("Action plan"))
			.first());
		checkAccessibility();
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Start the action plan")));
		// the header: title and vision
		this.page.locator("#a-planTitle").fill("A town for all");
		this.page.locator("#a-vision").fill("Everyone knows where to turn.");
		this.page.locator("input[name='a.stage'][value=FIRST_LIST]").check();
		submitAndWait(this.page.locator("main button[value=later]"));
		visit(plan);
		checkAccessibility();

		addPart("Long-term plan");
		addPart("Buddy pilot");
		Locator partA = this.page.locator(".cm-plan-part").nth(0);
		submitAndWait(partA.locator("a.govuk-button", new Locator.LocatorOptions().setHasText("Add an action")));
		checkAccessibility();
		// a mistake first: the end before the start, and an indicator without a target
		this.page.locator("#title").fill("Map who lives in the town");
		this.page.locator("#startMonth").fill("6");
		this.page.locator("#startYear").fill("2027");
		this.page.locator("#endMonth").fill("2");
		this.page.locator("#endYear").fill("2027");
		this.page.locator("#indicatorName-0").fill("Community meetings held");
		Locator save = this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the action"));
		assertThat(this.page.waitForNavigation(save::click).status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent())
			.contains("The end must be the same as or after the start", "Enter a target for this indicator");
		assertThat(this.page.locator("#title").inputValue()).isEqualTo("Map who lives in the town");
		checkAccessibility();
		this.page.locator("#endMonth").fill("12");
		this.page.locator("#indicatorTarget-0").fill("6");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the action")));
		assertThat(this.page.locator("main").textContent()).contains("A1. Map who lives in the town",
				"June 2027 – December 2027", "Community meetings held: target 6");

		Locator partB = this.page.locator(".cm-plan-part").nth(1);
		submitAndWait(partB.locator("a.govuk-button", new Locator.LocatorOptions().setHasText("Add an action")));
		this.page.locator("#title").fill("Train resident buddies");
		this.page.locator("#funding").fill("8.000,00");
		this.page.locator("#indicatorName-0").fill("Buddies trained");
		this.page.locator("#indicatorTarget-0").fill("15");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the action")));
		assertThat(this.page.locator("main").textContent()).contains("B1. Train resident buddies", "€ 8,000");
		checkAccessibility();

		// changed in place with htmx
		Locator card = this.page.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("B1. Train"));
		card.locator(".govuk-summary-card__action a", new Locator.LocatorOptions().setHasText("Change")).click();
		card.locator("#action-form #outcomes").waitFor();
		card.locator("#outcomes").fill("Residents ready to welcome newcomers");
		submitAndWait(card.locator("button", new Locator.LocatorOptions().setHasText("Save the action")));
		assertThat(this.page.locator("main").textContent()).contains("Residents ready to welcome newcomers");

		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Share the draft")));
		submitAndWait(
				this.page.locator("main a.govuk-button", new Page.LocatorOptions().setHasText("Check and submit")));
		checkAccessibility();
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Submit this version")));
		assertThat(this.page.locator("main").textContent()).contains("Submitted (version 1)");
		checkAccessibility();

		signOut();
		signInAs(f.mentor());
		visit(plan);
		Locator mentorCard = this.page.locator(".govuk-summary-card",
				new Page.LocatorOptions().setHasText("B1. Train"));
		mentorCard.locator("summary").click();
		mentorCard.locator("textarea").fill("Ours stayed when they met every month. Plan a monthly get-together?");
		submitAndWait(mentorCard.locator("form button"));
		assertThat(this.page.locator("main").textContent()).contains("Plan a monthly get-together?");
		assertThat(this.page.locator("main a", new Page.LocatorOptions().setHasText("Add an action")).count()).isZero();
		checkAccessibility();

		// the council approves version 1; the city logs two progress updates
		signOut();
		signInAs(f.mentee());
		visit(plan);
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Record the approval")));
		checkAccessibility();
		this.page.locator("#body").check();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
		this.page.locator("#day").fill(String.valueOf(today.getDayOfMonth()));
		this.page.locator("#month").fill(String.valueOf(today.getMonthValue()));
		this.page.locator("#year").fill(String.valueOf(today.getYear()));
		this.page.locator("#reference").fill("Council decision 12/2026");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Record the approval")));
		assertThat(this.page.locator("main").textContent()).contains("Approved (version 1)", "Start an amendment");
		checkAccessibility();

		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Follow the progress")));
		checkAccessibility();
		logProgress("A1", "status-ON_TRACK", "Three meetings held", "3");
		logProgress("B1", "status-DELAYED", "The trainer fell ill", "4");
		assertThat(this.page.locator("main").textContent()).contains("0 of 2 actions done, 1 delayed",
				"Three meetings held", "The trainer fell ill");
		checkAccessibility();

		// the PDF looks like the guide's template: landscape, the six columns
		visit(plan);
		com.microsoft.playwright.Download download = this.page.waitForDownload(
				() -> this.page.locator("main a", new Page.LocatorOptions().setHasText("PDF, landscape")).click());
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			assertThat(text).contains("Map who lives in the town", "Measuring success", "Council decision 12/2026");
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
		}
	}

	private void logProgress(String action, String status, String note, String value) {
		Locator item = this.page.locator("main a", new Page.LocatorOptions().setHasText("Log progress"))
			.and(this.page.locator("[href*='/progress']"));
		int index = action.equals("A1") ? 0 : 1;
		submitAndWait(item.nth(index));
		this.page.locator("#" + status).check();
		this.page.locator("#note").fill(note);
		this.page.locator("#value-0").fill(value);
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save")));
	}

	private void addPart(String title) {
		this.page.locator("#new-part-title").fill(title);
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Add the part")));
		assertThat(this.page.locator("main").textContent()).contains(title);
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
