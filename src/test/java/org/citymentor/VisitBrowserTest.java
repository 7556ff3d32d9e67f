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
 * The coordinator plans visit 1 with an agenda; after it the mentor writes notes and
 * agrees a follow-up; the mentee sees the follow-up on the group page. Every page passes
 * axe.
 */
class VisitBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Test
	void aVisitIsPlannedNotedAndFollowedUp() throws Exception {
		FormFixture f = this.fixtures.create();
		String group = "/groups/" + f.groupId();
		signIn("coordinator@cemr.example.org");
		visit(group);
		submitAndWait(this.page.locator("main .govuk-task-list a")
			.getByText("Visits", new Locator.GetByTextOptions().setExact(true)));
		checkAccessibility();
		submitAndWait(this.page.locator("main a.govuk-button", new Page.LocatorOptions().setHasText("Plan a visit")));
		checkAccessibility();
		this.page.locator("#startDay").fill("3");
		this.page.locator("#startMonth").fill("3");
		this.page.locator("#startYear").fill("2026");
		this.page.locator("#endDay").fill("1");
		this.page.locator("#endMonth").fill("3");
		this.page.locator("#endYear").fill("2026");
		Locator save = this.page.locator("main button", new Page.LocatorOptions().setHasText("Save the visit"));
		assertThat(this.page.waitForNavigation(save::click).status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent())
			.contains("The last day must be the same as or after the first day");
		checkAccessibility();
		this.page.locator("#endDay").fill("4");
		this.page.locator("#questions").fill("Who are the town's new residents?");
		submitAndWait(save);
		assertThat(this.page.locator("main h1").textContent()).contains("Visit 1");
		checkAccessibility();
		String visitPage = this.page.url().replaceFirst("^https?://[^/]+", "");
		// the agenda: an interview in the morning of the first day
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Add an item to the agenda")));
		checkAccessibility();
		this.page.locator("#startsAt").fill("09:30");
		this.page.locator("#endsAt").fill("11:00");
		this.page.locator("#title").fill("Interview with the social services");
		this.page.locator("#kind").check();
		this.page.locator("#place").fill("Town hall, room 2");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save")).first());
		assertThat(this.page.locator("main").textContent()).contains("Interview with the social services", "09:30");
		checkAccessibility();
		visit(visitPage + "/agenda/print");
		assertThat(this.page.locator("body").textContent()).contains("Interview with the social services");
		visit(visitPage);
		signOut();

		signInAs(f.mentor());
		visit(visitPage);
		submitAndWait(
				this.page.locator("main a, main button", new Page.LocatorOptions().setHasText("Write your notes")));
		checkAccessibility();
		this.page.locator("#observations").fill("Schools know the families the town hall does not reach.");
		this.page.locator("#nextSteps").fill("Invite the schools to the support network.");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Save your notes")));
		checkAccessibility();
		this.page.locator("#followUpTitle").fill("Invite the schools to the support network");
		this.page.locator("#ownerUserId").selectOption(String.valueOf(f.mentee().id()));
		this.page.locator("#dueDay").fill("31");
		this.page.locator("#dueMonth").fill("12");
		this.page.locator("#dueYear").fill("2099");
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Add the follow-up")));
		checkAccessibility();
		signOut();

		signInAs(f.mentee());
		visit(group);
		assertThat(this.page.locator("#follow-ups-open").textContent())
			.contains("Invite the schools to the support network", "31 December 2099");
		checkAccessibility();
		signOut();

		// the coordinator sees that notes exist, never what they say
		signIn("coordinator@cemr.example.org");
		visit(visitPage);
		assertThat(this.page.locator("main").textContent()).doesNotContain("Schools know the families")
			.doesNotContain("Invite the schools");
		checkAccessibility();
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
