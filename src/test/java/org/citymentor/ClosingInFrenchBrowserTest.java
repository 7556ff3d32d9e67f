package org.citymentor;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French-speaking coordinator closes a group and hands the funder the programme report:
 * every page in French passes axe, and the PDF is in French too.
 */
class ClosingInFrenchBrowserTest extends BrowserTest {

	private static final String COORDINATOR = "coordinator@cemr.example.org";

	@Autowired
	FormFixtures fixtures;

	@Autowired
	Groups groups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorClosesAGroupAndDownloadsTheReportInFrench() throws Exception {
		FormFixture f = this.fixtures.create();
		long programme = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		try {
			signIn(COORDINATOR);
			switchLanguage("fr");
			assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("fr");

			visit("/groups/" + f.groupId() + "/evaluation");
			checkAccessibility();
			submitAndWait(link("Rédiger le bilan de clôture"));
			checkAccessibility();
			this.page.locator("#summary").fill("Les deux villes ont appris ; le guichet d'accueil fonctionne.");
			this.page.locator("label[for=outcome]").click();
			submitAndWait(button("Enregistrer le bilan"));
			submitAndWait(link("Clôturer le groupe"));
			checkAccessibility();
			submitAndWait(button("Oui, clôturer le groupe"));
			assertThat(this.page.locator("main").textContent()).contains("Le groupe est clôturé");
			checkAccessibility();
			assertThat(this.groups.details(f.groupId()).data().status()).isEqualTo(GroupStatus.CLOSED);

			visit("/programmes/" + programme);
			submitAndWait(link("Rapport du programme"));
			assertThat(this.page.locator("main h1").textContent()).isEqualTo("Rapport du programme");
			checkAccessibility();
			Download pdf = this.page.waitForDownload(() -> this.page.locator("#report-pdf").click());
			try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
				assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.contains("IncluCities – rapport du programme");
			}
		}
		finally {
			// the switch kept French on the shared demo account; other tests expect
			// English
			this.jdbc.sql("update app_user set preferred_language = 'en' where email = ?").param(COORDINATOR).update();
		}
	}

	private Locator link(String text) {
		return this.page.locator("main a", new Page.LocatorOptions().setHasText(text));
	}

	private Locator button(String text) {
		return this.page.locator("main button", new Page.LocatorOptions().setHasText(text));
	}

}
