package org.citymentor.report;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IncluCities' coordinator filters the programme report by a period (first typing an
 * impossible one), sees a chart with its table, downloads the PDF and a spreadsheet.
 * Every page passes axe.
 */
class ReportBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorFiltersTheReportAndDownloadsItsPdfAndASpreadsheet() throws Exception {
		long programme = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		signIn("coordinator@cemr.example.org");
		visit("/programmes/" + programme);
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Programme report")));
		checkAccessibility();

		fill("from", "1", "6", "2022");
		fill("to", "31", "5", "2022");
		Locator show = this.page.locator("main button", new Page.LocatorOptions().setHasText("Show the figures"));
		assertThat(this.page.waitForNavigation(show::click).status()).isEqualTo(422);
		assertThat(this.page.locator(".govuk-error-summary").textContent())
			.contains("The end date must be the same as or after the start date");
		assertThat(this.page.locator("#toDay").inputValue()).isEqualTo("31");
		checkAccessibility();

		fill("from", "1", "1", "2021");
		fill("to", "31", "12", "2023");
		submitAndWait(show);
		checkAccessibility();
		Locator statusChart = this.page.locator("#chart-status");
		assertThat(statusChart.locator("svg title").textContent()).isEqualTo("Groups by status");
		assertThat(statusChart.locator("svg rect.cm-chart__bar").count()).isEqualTo(4);
		assertThat(statusChart.locator("table").textContent()).contains("Implementing", "Closed");
		assertThat(this.page.locator("#figure-groups").textContent()).isEqualTo("4");
		assertThat(this.page.locator("#chart-country table").textContent()).contains("Belgium");

		Download pdf = this.page.waitForDownload(() -> this.page.locator("#report-pdf").click());
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("1 January 2021 – 31 December 2023", "Organisations taking part 16");
		}

		submitAndWait(
				this.page.locator("main a", new Page.LocatorOptions().setHasText("Spreadsheets of the programme")));
		checkAccessibility();
		Download xlsx = this.page.waitForDownload(() -> this.page.locator("#groups-xlsx").click());
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Group");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(4);
		}
	}

	private void fill(String end, String day, String month, String year) {
		this.page.locator("#" + end + "Day").fill(day);
		this.page.locator("#" + end + "Month").fill(month);
		this.page.locator("#" + end + "Year").fill(year);
	}

}
