package org.citymentor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The good-practice library in a real browser: live search results as one types, a sheet,
 * its long form, a file upload and a file over the size limit; every page passes axe.
 */
class GoodPracticeBrowserTest extends BrowserTest {

	@Test
	void anOfficerSearchesReadsAndAddsAFile() throws Exception {
		// Sofie Peeters of Mechelen works in Dutch
		signIn("mentor@mechelen.example.org");
		visit("/good-practices");
		assertThat(this.page.locator("#navigation").textContent()).contains("Goede praktijken");
		assertThat(this.page.locator("main").textContent()).contains("Buddies for newcomers");

		// htmx replaces the results while the person types, and keeps the address in step
		this.page.locator("#q").fill("buurten");
		this.page.waitForURL("**/good-practices?q=buurten*");
		this.page.locator("#gp-results mark").first().waitFor();
		assertThat(this.page.locator("#gp-results").textContent()).contains("Pleinmakers")
			.doesNotContain("Buddies for newcomers");
		checkAccessibility();

		submitAndWait(this.page.locator("#gp-results a", new Page.LocatorOptions().setHasText("Pleinmakers")));
		assertThat(this.page.locator("main h1").textContent()).startsWith("Pleinmakers");
		assertThat(this.page.locator("main").textContent()).contains("pleincafé", "coördinatie");
		checkAccessibility();
		String sheet = new java.net.URI(this.page.url()).getPath();

		submitAndWait(this.page.locator("#sheet-actions a[href$='/edit']"));
		assertThat(this.page.locator("#section-context legend").textContent()).contains("Context en aanleiding");
		checkAccessibility();

		visit(sheet);
		this.page.locator("#file")
			.setInputFiles(new FilePayload("verslag.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		submitAndWait(this.page.locator("form[enctype='multipart/form-data'] button[type=submit]"));
		assertThat(this.page.locator("#files + table").textContent()).contains("verslag.pdf");
		checkAccessibility();

		visit("/good-practices/new");

		// over the servlet's limit: the page says so (413), not an expired form or a
		// reset connection. Chromium logs the 413 as a console error, so axe is not run
		// here: the page is the layout's, like every error page.
		visit(sheet);
		byte[] huge = new byte[11 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'a');
		this.page.locator("#file").setInputFiles(new FilePayload("huge.pdf", "application/pdf", huge));
		Response response = this.page.waitForNavigation(
				() -> this.page.locator("form[enctype='multipart/form-data'] button[type=submit]").click());
		assertThat(response.status()).isEqualTo(413);
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("Het bestand is te groot");
		assertThat(this.page.locator("main").textContent()).contains("10MB");
		assertThat(this.page.locator("main a[href='" + sheet + "']").count()).as("a way back to the sheet").isOne();
	}

}
