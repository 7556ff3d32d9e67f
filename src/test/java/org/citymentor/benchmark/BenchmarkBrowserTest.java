package org.citymentor.benchmark;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator writes a benchmark with two key factors, publishes it and gives it to a
 * group; the mentee city scores itself, forgets one score, fixes it, submits and chooses
 * its focus; the result page shows the chart and its table. Every page passes axe.
 */
class BenchmarkBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBenchmarkIsWrittenPublishedAssessedAndGivesAFocus() {
		FormFixture f = this.fixtures.create();
		long programme = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		String title = "Welcoming town " + f.groupId();
		signIn("coordinator@cemr.example.org");
		visit("/programmes/" + programme + "/benchmarks");
		submitAndWait(button("Create a benchmark"));
		checkAccessibility();
		this.page.locator("#title").fill(title);
		this.page.locator("#themeId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Participation"));
		submitAndWait(button("Save"));
		assertThat(main()).contains("The benchmark is created as a draft", title);
		checkAccessibility();

		addKeyFactor("Everyone knows the welcome desk", "Is the desk known?\nIs it open late?");
		addKeyFactor("Neighbours meet newcomers", "Are there meeting places?");
		submitAndWait(button("Add a context factor"));
		this.page.locator("#title").fill("Permits decided nationally");
		submitAndWait(button("Save the factor"));
		assertThat(main()).contains("1. Everyone knows the welcome desk", "2. Neighbours meet newcomers",
				"Permits decided nationally");
		checkAccessibility();
		submitAndWait(button("Publish version 1"));
		assertThat(main()).contains("The benchmark is published", "Version 1 is published");

		visit("/groups/" + f.groupId() + "/benchmark");
		this.page.locator("#benchmarkId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(title));
		submitAndWait(button("Use this benchmark"));
		assertThat(main()).contains("The group now uses this benchmark", title);
		checkAccessibility();
		signOut();

		submitLogin(f.mentee().email(), f.mentee().password());
		visit("/groups/" + f.groupId() + "/participants/" + f.menteeParticipant() + "/self-assessment");
		submitAndWait(button("Start the self-assessment"));
		checkAccessibility();
		assertThat(main()).contains("Is it open late?");
		this.page.locator("main input[type=radio][value='2']").first().check();
		this.page.locator("main textarea").first().fill("Only a few people find the desk");
		Locator submit = button("Submit the self-assessment");
		assertThat(this.page.waitForNavigation(submit::click).status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent())
			.contains("Choose a score for this key factor before you submit");
		assertThat(this.page.locator("main textarea").first().inputValue())
			.isEqualTo("Only a few people find the desk");
		checkAccessibility();
		this.page.locator("main .govuk-form-group--error input[type=radio][value='4']").check();
		submitAndWait(button("Submit the self-assessment"));
		assertThat(main()).contains("Your self-assessment is submitted");
		checkAccessibility();
		this.page.locator("#factorKeys").check();
		submitAndWait(button("Save the focus"));
		assertThat(main()).contains("The focus is saved");
		assertThat(this.page.locator("svg.cm-bench-chart rect.cm-bench-chart__bar").count()).isEqualTo(2);
		assertThat(this.page.locator("table#scores tbody").textContent()).contains("Everyone knows the welcome desk")
			.contains("2")
			.contains("4");
		assertThat(this.page.locator("#gaps + ul").textContent()).contains("Everyone knows the welcome desk (2)");
		checkAccessibility();
		visit("/groups/" + f.groupId());
		assertThat(this.page.locator(".govuk-task-list").textContent())
			.contains("focus: Everyone knows the welcome desk");
	}

	private void addKeyFactor(String title, String questions) {
		submitAndWait(button("Add a key factor"));
		this.page.locator("#title").fill(title);
		this.page.locator("#rationale").fill("Why " + title);
		this.page.locator("#questions").fill(questions);
		submitAndWait(button("Save the factor"));
		assertThat(main()).contains("The factor is added");
	}

	private Locator button(String text) {
		return this.page.locator("main a.govuk-button, main button", new Page.LocatorOptions().setHasText(text))
			.first();
	}

	private String main() {
		return this.page.locator("main").textContent();
	}

}
