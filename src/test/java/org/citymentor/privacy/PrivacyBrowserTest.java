package org.citymentor.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person reads the privacy page and downloads their data; an administrator then erases
 * them, confirming twice, and they can no longer sign in. Every page passes axe.
 */
class PrivacyBrowserTest extends BrowserTest {

	@Autowired
	FormFixtures fixtures;

	@Test
	void aPersonDownloadsTheirDataAndAnAdministratorErasesThem() throws Exception {
		FormFixture f = this.fixtures.create();
		String email = f.mentee().email();
		submitLogin(email, f.mentee().password());
		visit("/account");
		Download download = this.page
			.waitForDownload(() -> this.page.locator("main a", new Page.LocatorOptions().setHasText("(JSON)")).click());
		String json = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(json).contains(email, "\"memberships\"");
		submitAndWait(this.page.locator("footer a", new Page.LocatorOptions().setHasText("Privacy")));
		assertThat(this.page.locator("main h1").textContent()).contains("Privacy and your personal data");
		checkAccessibility();
		signOut();

		signIn("admin@example.org");
		visit("/admin/personal-data");
		this.page.locator("#email").fill(email);
		submitAndWait(this.page.locator("main button", new Page.LocatorOptions().setHasText("Find the person")));
		assertThat(this.page.locator("main").textContent()).contains(f.mentee().displayName(), "cannot be undone");
		checkAccessibility();
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Continue")));
		checkAccessibility();
		Locator erase = this.page.locator("main button", new Page.LocatorOptions().setHasText("Erase this person"));
		this.page.locator("#confirmEmail").fill("someone@else.example");
		assertThat(this.page.waitForNavigation(erase::click).status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("is not this person");
		checkAccessibility();
		this.page.locator("#confirmEmail").fill(email);
		submitAndWait(erase);
		assertThat(this.page.locator(".govuk-notification-banner").textContent()).contains("The person was erased");
		checkAccessibility();
		signOut();

		submitLogin(email, f.mentee().password());
		assertThat(this.page.url()).contains("/login");
	}

}
