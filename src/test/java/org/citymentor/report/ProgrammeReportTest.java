package org.citymentor.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The IncluCities report against the demo data, counted by hand from demo/*.java: four
 * groups from 2021 to 2023 (Jelgava–Schaerbeek implementing; Capaci–Mechelen,
 * Saint-Jean–Brussels and Livadia–Fuenlabrada closed), each with both cities, both
 * associations and MigrationWork; Capaci's three held visits (the first online); Capaci's
 * plan in three versions, the third approved on 28 July 2022, with four actions. Groups
 * made by other tests have no start date (left out once a period is given) or start in
 * 2026 without a theme, so the filters below keep them out.
 */
@CityMentorTest
class ProgrammeReportTest {

	private static final ReportPeriod INCLUCITIES_YEARS = new ReportPeriod(LocalDate.of(2021, 1, 1),
			LocalDate.of(2023, 12, 31));

	@Autowired
	ProgrammeFigures figures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long programme;

	@BeforeEach
	void programme() {
		this.programme = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
	}

	@Test
	void theFiguresOfIncluCitiesAreThoseOfTheDemo() {
		Figures f = this.figures.compute(this.programme, INCLUCITIES_YEARS, null, Locale.ENGLISH);
		assertThat(f.groups()).isEqualTo(4);
		assertThat(bars(f.byStatus())).containsEntry("Implementing", 1L)
			.containsEntry("Closed", 3L)
			.containsEntry("Active", 0L)
			.containsEntry("Forming", 0L);
		assertThat(bars(f.byFormat())).containsEntry("Bilateral mentoring", 4L).containsEntry("Learning network", 0L);
		// Capaci, AICCRE | Mechelen, VVSG, City of Brussels, Brulocalis, Schaerbeek |
		// MigrationWork | Saint-Jean, AFCCRE | Livadia, KEDE | Fuenlabrada, FEMP |
		// Jelgava,
		// LALRG
		assertThat(f.organisations()).isEqualTo(16);
		assertThat(bars(f.byCountry())).containsExactlyInAnyOrderEntriesOf(Map.of("Belgium", 5L, "Italy", 2L, "France",
				2L, "Greece", 2L, "Spain", 2L, "Latvia", 2L, "United Kingdom", 1L));
		assertThat(f.byCountry().bars().get(0).label()).isEqualTo("Belgium");
		// Capaci: Giulia, Sofie, Sarah (MigrationWork), AICCRE's officer; Jelgava: Anna,
		// Schaerbeek's officer and Sarah again
		assertThat(f.people()).isEqualTo(6);
		assertThat(f.visitsOnSite()).isEqualTo(2);
		assertThat(f.visitsVirtual()).isEqualTo(1);
		assertThat(f.meetings()).isZero();
		// Capaci's needs analysis was submitted when the demo was loaded, not in
		// 2021–2023
		assertThat(f.needsAnalyses()).isZero();
		assertThat(f.plansSubmitted()).isEqualTo(1);
		assertThat(f.plansApproved()).isEqualTo(1);
		// 1 January 2021 to 28 July 2022
		assertThat(f.medianDaysToApproval()).isEqualTo(573.0);
		// matched on 15 September 2020 (IncluCities' call, DemoMatching), approved on 28
		// July 2022
		assertThat(f.medianDaysFromMatching()).isEqualTo(681.0);
		// by the end of 2023: mapping, vision and training done, pairing delayed
		assertThat(bars(f.actions())).containsEntry("Done", 3L)
			.containsEntry("Delayed", 1L)
			.containsEntry("In progress", 0L)
			.containsEntry("Not started", 0L);
		// Capaci (mentee: 5, 5, 4, 3) and Mechelen (mentor: 4, 5, 3, 4), October 2023
		assertThat(f.evaluations()).hasValueSatisfying((e) -> {
			assertThat(e.evaluations()).isEqualTo(2);
			assertThat(e.scores()).extracting((s) -> s.labelKey() + "=" + s.average())
				.containsExactly("evaluation.scale.USEFULNESS=4.5", "evaluation.scale.RELATION=5.0",
						"evaluation.scale.POLICY=3.5", "evaluation.scale.PRACTICE=3.5");
		});
	}

	@Test
	void theEndOfThePeriodDecidesWhatCountsAndWhereActionsStood() {
		Figures f = this.figures.compute(this.programme,
				new ReportPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30)), null, Locale.ENGLISH);
		assertThat(f.groups()).isEqualTo(4);
		// visits 1 (October 2021) and 2 (March 2022); the third was in June 2022, on the
		// 13th: inside
		assertThat(f.visits()).isEqualTo(3);
		assertThat(f.plansApproved()).isZero();
		assertThat(f.medianDaysToApproval()).isNull();
		// on 30 June 2022 only the mapping was reported done (5 April 2022)
		assertThat(bars(f.actions())).containsEntry("Done", 1L).containsEntry("Not started", 3L);
		Figures before = this.figures.compute(this.programme,
				new ReportPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), null, Locale.ENGLISH);
		assertThat(before.visitsVirtual()).isEqualTo(1);
		assertThat(before.visitsOnSite()).isZero();
	}

	@Test
	void aThemeKeepsOnlyItsGroups() {
		long socialCohesion = this.jdbc.sql("select id from theme where code = 'social-cohesion'")
			.query(Long.class)
			.single();
		Figures f = this.figures.compute(this.programme, new ReportPeriod(LocalDate.of(2021, 1, 1), null),
				socialCohesion, Locale.ENGLISH);
		// Capaci–Mechelen alone: its five organisations and four people; Capaci's needs
		// analysis counts now that the period is open
		assertThat(f.groups()).isEqualTo(1);
		assertThat(f.organisations()).isEqualTo(5);
		assertThat(f.people()).isEqualTo(4);
		assertThat(f.needsAnalyses()).isEqualTo(1);
		assertThat(f.visits()).isEqualTo(3);
	}

	@Test
	void thePageShowsEachChartWithItsTable() throws Exception {
		String html = page("coordinator@cemr.example.org", inclucitiesYears(get(report())));
		assertThat(html).contains("Programme report", "Groups by status", "Organisations by country",
				"Actions of submitted plans by status", "Average scores of 2 evaluation(s)", "573 days");
		assertThat(html).contains("<title id=\"status-title\">Groups by status</title>")
			.contains("<desc id=\"status-desc\">Forming: 0; Active: 0; Implementing: 1; Closed: 3</desc>");
		assertThat(html).doesNotContain("style=\"");
		assertThat(html).contains("id=\"figure-groups\">4<", "id=\"figure-organisations\">16<");
	}

	@Test
	void anImpossiblePeriodIsRefusedBesideItsFieldsWithTheInputKept() throws Exception {
		String html = as("coordinator@cemr.example.org",
				get(report()).param("fromDay", "1")
					.param("fromMonth", "6")
					.param("fromYear", "2022")
					.param("toDay", "31")
					.param("toMonth", "5")
					.param("toYear", "2022"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("There is a problem", "The end date must be the same as or after the start date",
					"href=\"#toDay\"", "id=\"to-error\"", "value=\"31\"", "value=\"2022\"")
			.doesNotContain("Key figures");
		String invalid = as("coordinator@cemr.example.org",
				get(report()).param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2022"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("Enter a real start date", "id=\"from-error\"");
		as("coordinator@cemr.example.org",
				get(report() + ".pdf").param("toYear", "20x2").param("toMonth", "1").param("toDay", "1"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void thePdfAndThePrintViewHoldTheFigures() throws Exception {
		byte[] pdf = as("admin@example.org", inclucitiesYears(get(report() + ".pdf"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("IncluCities – programme report", "1 January 2021 – 31 December 2023",
					"Organisations taking part 16", "Visits held online 1", "Belgium 5", "573 days",
					"Average scores of 2 evaluation(s)");
		}
		String print = page("coordinator@cemr.example.org", get(report() + "/print"));
		assertThat(print).contains("CityMentor – programme report", "<svg", "from the start");
	}

	@Test
	void onlyTheProgrammesCoordinatorsAndAdminsSeeIt() throws Exception {
		as("coordinator@vvsg.example.org", get(report())).andExpect(status().isNotFound());
		as("mentee@capaci.example.org", get(report())).andExpect(status().isNotFound());
		as("coordinator@vvsg.example.org", get(report() + ".pdf")).andExpect(status().isNotFound());
		as("admin@example.org", get("/programmes/999999999/report")).andExpect(status().isNotFound());
		as("admin@example.org", get(report())).andExpect(status().isOk());
	}

	private String report() {
		return "/programmes/" + this.programme + "/report";
	}

	/** The filter for 1 January 2021 to 31 December 2023, as typed. */
	private static MockHttpServletRequestBuilder inclucitiesYears(MockHttpServletRequestBuilder request) {
		return request.param("fromDay", "1")
			.param("fromMonth", "1")
			.param("fromYear", "2021")
			.param("toDay", "31")
			.param("toMonth", "12")
			.param("toYear", "2023");
	}

	private static Map<String, Long> bars(Chart chart) {
		return chart.bars().stream().collect(Collectors.toMap(Chart.Bar::label, Chart.Bar::value));
	}

	private org.springframework.test.web.servlet.ResultActions as(String email, MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(email))));
	}

	private String page(String email, MockHttpServletRequestBuilder request) throws Exception {
		return as(email, request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
