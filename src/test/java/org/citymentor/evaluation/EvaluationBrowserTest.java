package org.citymentor.evaluation;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both sides evaluate the group, the mentee city writes a lesson it agrees to share, and
 * the coordinator writes the closing summary, closes the group and publishes the lesson,
 * which then appears on the lessons page. Every page passes axe.
 */
class EvaluationBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Groups groups;

	@Test
	void bothSidesEvaluateAndTheCoordinatorClosesTheGroup() {
		FormFixture f = this.fixtures.create();
		String base = "/groups/" + f.groupId() + "/evaluation";

		signInAs(f.mentee());
		visit("/groups/" + f.groupId());
		submitAndWait(
				this.page.locator("main a.govuk-task-list__link", new Page.LocatorOptions().setHasText("Evaluation")));
		checkAccessibility();
		submitAndWait(this.page.locator("main table a", new Page.LocatorOptions().setHasText("Fill in")));
		checkAccessibility();
		this.page.locator("#helped").fill("The visit to the mentor city");
		Locator submit = button("Submit the evaluation");
		assertThat(this.page.waitForNavigation(submit::click).status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent())
			.contains("Say what changed in your policy and practice", "Choose a level from 1 to 5");
		assertThat(this.page.locator("#helped").inputValue()).isEqualTo("The visit to the mentor city");
		checkAccessibility();
		this.page.locator("#policyChanges").fill("A welcome desk with fixed opening hours");
		scales();
		submitAndWait(button("Submit the evaluation"));
		assertThat(this.page.locator("main").textContent()).contains("Evaluation submitted", "Submitted");
		checkAccessibility();

		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Write a lesson")));
		checkAccessibility();
		String title = "Invite the associations early " + f.groupId();
		this.page.locator("#title").fill(title);
		this.page.locator("#body").fill("They know where new residents meet.");
		this.page.locator("#consent").check();
		submitAndWait(button("Save the lesson"));
		assertThat(this.page.locator("#lessons ~ .govuk-summary-card").first().textContent()).contains(title,
				"May be published");
		signOut();

		signInAs(f.mentor());
		visit(base);
		submitAndWait(this.page.locator("main table a", new Page.LocatorOptions().setHasText("Fill in")));
		this.page.locator("#learned").fill("How a small town involves its associations");
		this.page.locator("#timeAmount").fill("40");
		this.page.locator("label[for=timeUnit]").click();
		this.page.locator("label[for=mentorAgain]").click();
		scales();
		submitAndWait(button("Submit the evaluation"));
		assertThat(this.page.locator("main").textContent()).contains("Evaluation submitted");
		signOut();

		signIn("coordinator@cemr.example.org");
		visit(base);
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Write the closing summary")));
		checkAccessibility();
		this.page.locator("#summary").fill("Both cities learned; the welcome desk runs.");
		this.page.locator("label[for=outcome]").click();
		submitAndWait(button("Save the summary"));
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Close the group")));
		checkAccessibility();
		submitAndWait(button("Yes, close the group"));
		assertThat(this.page.locator("main").textContent()).contains("The group is closed", "This group is closed");
		assertThat(this.groups.details(f.groupId()).data().status()).isEqualTo(GroupStatus.CLOSED);
		submitAndWait(this.page.locator("#lessons ~ .govuk-summary-card button",
				new Page.LocatorOptions().setHasText("Publish")));
		assertThat(this.page.locator("main").textContent()).contains("The lesson is on the lessons page");
		checkAccessibility();

		visit("/lessons");
		assertThat(this.page.locator("main").textContent()).contains(title, "Mentee town")
			.doesNotContain(f.mentee().displayName());
		visit("/groups/" + f.groupId());
		assertThat(this.page.locator("main").textContent()).contains("Closed");
	}

	/** Picks level 4 ("a lot") on every scale of the form. */
	private void scales() {
		for (String field : new String[] { "scoreUsefulness", "scoreRelation", "scorePolicy", "scorePractice" }) {
			this.page.locator("label[for=" + field + "-4]").click();
		}
	}

	private Locator button(String text) {
		return this.page.locator("main button", new Page.LocatorOptions().setHasText(text));
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
