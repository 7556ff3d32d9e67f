package org.citymentor;

import com.microsoft.playwright.Browser;
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
 * The mentee officer fills part A of the needs analysis over two sittings, checks and
 * submits it; the mentor's officer reads it and comments. Once with JavaScript (autosave)
 * and once without; every page passes axe.
 */
class NeedsAnalysisBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Test
	void withJavaScriptTheDraftSavesItselfAndNothingIsLost() throws Exception {
		FormFixture f = this.fixtures.create();
		signInAs(f.mentee());
		visit("/groups/" + f.groupId());
		submitAndWait(
				this.page.locator("main .govuk-task-list a", new Page.LocatorOptions().setHasText("Needs analysis")));
		checkAccessibility();
		submitAndWait(this.page.locator("main a.govuk-button", new Page.LocatorOptions().setHasText("Start")));
		checkAccessibility();
		this.page.locator("#a-challenge").fill("Reach the families the town hall never meets");
		// the autosave runs a few seconds after the last key stroke and says when
		this.page.locator("#autosave-status").getByText("Draft saved at").waitFor();
		checkAccessibility();

		// second sitting: the text is still there
		signOut();
		signInAs(f.mentee());
		visit(f.needsAnalysis() + "/parts/A");
		assertThat(this.page.locator("#a-challenge").inputValue())
			.isEqualTo("Reach the families the town hall never meets");
		this.page.locator("#a-evidence").fill("Schools report parents they cannot reach.");
		this.page.locator("#a-impact").fill("y".repeat(10_050));
		submitAndWait(this.page.locator("main button[value=continue]"));
		// the error page keeps everything and passes axe too
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("10,000 characters");
		checkAccessibility();
		this.page.locator("#a-impact").fill("A first plan agreed with partners");
		submitAndWait(this.page.locator("main button[value=continue]"));
		assertThat(this.page.locator("main h1").textContent()).contains("Check your answers");
		checkAccessibility();
		submitAndWait(this.page.locator("main form[action$='/submit'] button"));
		assertThat(this.page.locator("main").textContent()).contains("Submitted (version 1)");
		checkAccessibility();
		visit(f.needsAnalysis() + "/print");
		assertThat(this.page.locator("main").textContent()).contains("Reach the families the town hall never meets");
		open(f.needsAnalysis());

		mentorComments(f, true);
	}

	@Test
	void withoutJavaScriptTheSameJourneyWorks() throws Exception {
		FormFixture f = this.fixtures.create();
		useNewContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		signInAs(f.mentee());
		open(f.needsAnalysis() + "/parts/A");
		this.page.locator("#a-challenge").fill("Build a shared vision of the town");
		this.page.locator("#a-impact").fill("x".repeat(10_001));
		submitAndWait(this.page.locator("main button[value=later]"));
		// too long: the message is next to the field and in the summary; the text stays
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("10,000 characters");
		assertThat(this.page.locator("#a-impact").inputValue()).hasSize(10_001);
		this.page.locator("#a-impact").fill("A first plan agreed with partners");
		submitAndWait(this.page.locator("main button[value=later]"));
		assertThat(this.page.locator("main").textContent()).contains("Your answers are saved");

		signOut();
		signInAs(f.mentee());
		open(f.needsAnalysis() + "/parts/A");
		assertThat(this.page.locator("#a-challenge").inputValue()).isEqualTo("Build a shared vision of the town");
		submitAndWait(this.page.locator("main button[value=continue]"));
		submitAndWait(this.page.locator("main form[action$='/submit'] button"));
		assertThat(this.page.locator("main").textContent()).contains("Submitted (version 1)");
		open(f.needsAnalysis() + "/print");
		assertThat(this.page.locator("body").textContent()).contains("Build a shared vision of the town");

		open(f.needsAnalysis());
		mentorComments(f, false);
	}

	/** axe needs JavaScript in the page, so it runs only when the browser has it on. */
	private void mentorComments(FormFixture f, boolean axe) throws Exception {
		signOut();
		signInAs(f.mentor());
		if (axe) {
			visit(f.needsAnalysis() + "/answers");
		}
		else {
			assertThat(open(f.needsAnalysis() + "/answers").status()).isEqualTo(200);
		}
		Locator question = this.page.locator("#q-challenge");
		if (!question.locator("textarea").isVisible()) {
			question.locator("summary").click();
		}
		question.locator("textarea").fill("Which families? Schools may know them.");
		submitAndWait(question.locator("form button"));
		assertThat(this.page.locator("#q-challenge").textContent()).contains("Which families? Schools may know them.");
		if (axe) {
			checkAccessibility();
		}
		assertThat(this.page.locator("main a[href$='/parts/A']").count()).isZero();
	}

	private void signInAs(TestAccount account) {
		submitLogin(account.email(), account.password());
		assertThat(this.page.url()).doesNotContain("/login");
	}

}
