package org.citymentor.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A programme's spreadsheets read back: CSV parsed, XLSX opened with POI; formulas
 * escaped, e-mails only for admins, every download logged, nobody else gets them.
 */
@CityMentorTest
class ProgrammeExportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProgrammeExports exports;

	long incluCities;

	@BeforeEach
	void programme() {
		this.incluCities = ExportTestSupport.id(this.jdbc, "select id from programme where name = 'IncluCities'");
	}

	@Test
	void theGroupsCsvHasEveryGroupWithItsFiguresAndTheDownloadIsLogged() throws Exception {
		String csv = as("coordinator@cemr.example.org", get(base(this.incluCities) + "/groups.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("groups.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = parse(csv);
		assertThat(rows.get(0)).containsExactly("Group", "Status", "Format", "Start", "End", "Themes",
				"Mentee organisations", "Mentor organisations", "People", "Visits held", "Meetings held");
		List<String> capaci = rows.stream()
			.filter((r) -> r.get(0).equals("Building a city for all – Capaci and Mechelen"))
			.findFirst()
			.orElseThrow();
		assertThat(capaci).containsExactly("Building a city for all – Capaci and Mechelen", "Closed",
				"Bilateral mentoring", "2021-01-01", "2023-12-31", "Social cohesion; Participation", "AICCRE; Capaci",
				"Mechelen; VVSG – Association of Flemish Cities and Municipalities", "4", "3", "0");
		assertThat(this.jdbc.sql("""
				select a.subject from activity a join app_user u on u.id = a.actor_id
				where a.programme_id = ? and a.group_id is null and a.kind = 'PROGRAMME_EXPORTED'
				  and u.email = 'coordinator@cemr.example.org'
				""").param(this.incluCities).query(String.class).list()).contains("Groups (CSV)");
	}

	@Test
	void theVisitsSpreadsheetOpensWithPoi() throws Exception {
		byte[] xlsx = as("coordinator@cemr.example.org", get(base(this.incluCities) + "/visits.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("visits");
			assertThat(cells(sheet.getRow(0))).containsExactly("Group", "Visit", "Host", "On site or online", "Place",
					"Start", "End", "Status of the visit");
			List<List<String>> capaci = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && cells(row).get(0).startsWith("Building a city for all")) {
					capaci.add(cells(row));
				}
			}
			assertThat(capaci).hasSize(3);
			assertThat(capaci.get(0)).startsWith("Building a city for all – Capaci and Mechelen", "1", "Capaci",
					"Online (virtual visit)");
			assertThat(capaci.get(2)).contains("2022-06-13", "2022-06-14");
		}
		assertThat(this.jdbc.sql("select count(*) from activity where programme_id = ? and subject = 'Visits (XLSX)'")
			.param(this.incluCities)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void actionsComeFromTheLatestSubmittedVersionWithTheirLatestStatus() throws Exception {
		String csv = as("admin@example.org", get(base(this.incluCities) + "/actions.csv")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> capaci = parse(csv).stream().filter((r) -> r.get(1).equals("Capaci")).toList();
		// version 3 (approved) holds four actions: three done, the pairing delayed
		assertThat(capaci).hasSize(4).allSatisfy((r) -> assertThat(r.subList(2, 4)).containsExactly("3", "Yes"));
		assertThat(capaci.stream().map((r) -> r.get(9)).toList()).containsExactlyInAnyOrder("Done", "Done", "Done",
				"Delayed");
		assertThat(capaci).anySatisfy((r) -> assertThat(r.get(5)).isEqualTo("Pair buddies with newcomer families"));
	}

	@Test
	void coordinatorsGetNamesAndAdminsAlsoEmails() throws Exception {
		List<List<String>> coordinator = parse(
				as("coordinator@cemr.example.org", get(base(this.incluCities) + "/participants.csv")).andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(coordinator.get(0)).doesNotContain("E-mail");
		assertThat(coordinator)
			.anySatisfy((r) -> assertThat(r).startsWith("Building a city for all – Capaci and Mechelen", "Capaci", "IT",
					"Mentee", "City or municipality", "Giulia Russo", "Lead officer"));
		assertThat(String.join(",", coordinator.stream().flatMap(List::stream).toList()))
			.doesNotContain("mentee@capaci.example.org");
		List<List<String>> admin = parse(
				as("admin@example.org", get(base(this.incluCities) + "/participants.csv")).andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(admin.get(0)).endsWith("E-mail");
		assertThat(admin)
			.anySatisfy((r) -> assertThat(r).endsWith("Giulia Russo", "Lead officer", "mentee@capaci.example.org"));
	}

	@Test
	void cellsThatASpreadsheetWouldRunAreEscaped() throws Exception {
		long programme = ExportTestSupport.programme(this.jdbc, "Formulas");
		this.jdbc.sql("insert into mentoring_group (programme_id, title, status) values (?, ?, 'ACTIVE')")
			.params(programme, "=HYPERLINK(\"http://evil.example\",\"Click\")")
			.update();
		this.jdbc.sql("insert into mentoring_group (programme_id, title, status) values (?, '@SUM(A1)', 'ACTIVE')")
			.param(programme)
			.update();
		String csv = as("coordinator@cemr.example.org", get(base(programme) + "/groups.csv")).andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(parse(csv).stream().map((r) -> r.get(0)).toList()).contains("'@SUM(A1)",
				"'=HYPERLINK(\"http://evil.example\",\"Click\")");
		byte[] xlsx = as("coordinator@cemr.example.org", get(base(programme) + "/groups.xlsx")).andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			}
			// a text cell keeps what was typed: the spreadsheet shows it and never runs
			// it
			assertThat(cells(workbook.getSheetAt(0).getRow(1)).get(0))
				.isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
			assertThat(cells(workbook.getSheetAt(0).getRow(2)).get(0)).isEqualTo("@SUM(A1)");
		}
	}

	@Test
	void theEvaluationsCsvHoldsTheSubmittedEvaluationsOfBothSides() throws Exception {
		String csv = as("coordinator@cemr.example.org", get(base(this.incluCities) + "/evaluations.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = parse(csv);
		assertThat(rows.get(0)).startsWith("Group", "Organisation", "Side", "Submitted on");
		// the demo's close of Capaci–Mechelen (DemoEvaluation): scores usefulness,
		// relation, policy, practice
		assertThat(rows.subList(1, rows.size()))
			.anySatisfy((r) -> assertThat(r.subList(1, 8)).containsExactly("Capaci", "Mentee side", "2023-10-12", "5",
					"5", "4", "3"))
			.anySatisfy((r) -> assertThat(r.subList(1, 10)).containsExactly("Mechelen", "Mentor side", "2023-10-19",
					"4", "5", "3", "4", "96 Hours", "Yes"));
	}

	@Test
	void onlyTheProgrammesCoordinatorsAndAdminsExport() throws Exception {
		for (String path : List.of("", "/groups.csv", "/participants.xlsx")) {
			as("mentee@capaci.example.org", get(base(this.incluCities) + path)).andExpect(status().isNotFound());
			as("coordinator@vvsg.example.org", get(base(this.incluCities) + path)).andExpect(status().isNotFound());
		}
		as("coordinator@cemr.example.org", get(base(this.incluCities) + "/unknown.csv"))
			.andExpect(status().isNotFound());
		String page = as("coordinator@cemr.example.org", get(base(this.incluCities))).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Actions and progress", "/exports/actions.xlsx", "/exports/evaluations.csv")
			.doesNotContain("No evaluations yet");
		assertThat(this.jdbc
			.sql("select count(*) from activity where kind = 'PROGRAMME_EXPORTED' and actor_id = "
					+ "(select id from app_user where email = 'mentee@capaci.example.org')")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Ten thousand groups: the CSV reaches the response in many pieces while the rows are
	 * read, the first long before the last row.
	 */
	@Test
	void aLargeExportIsWrittenWhileItIsRead() {
		long programme = ExportTestSupport.programme(this.jdbc, "Large");
		this.jdbc.sql("""
				insert into mentoring_group (programme_id, title, status)
				select ?, 'Group ' || lpad(n::text, 5, '0'), 'ACTIVE' from generate_series(1, 10000) n
				""").param(programme).update();
		AtomicInteger rowsSeen = new AtomicInteger();
		AtomicInteger rowsAtFirstWrite = new AtomicInteger(-1);
		AtomicInteger writes = new AtomicInteger();
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		OutputStream response = new OutputStream() {
			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				rowsAtFirstWrite.compareAndSet(-1, rowsSeen.get());
				writes.incrementAndGet();
				all.write(bytes, offset, length);
			}
		};
		PrintWriter out = new PrintWriter(new OutputStreamWriter(response, StandardCharsets.UTF_8));
		CsvSink csv = new CsvSink(out);
		try {
			this.exports.write(programme, Dataset.GROUPS, false, Locale.ENGLISH, (cells) -> {
				rowsSeen.incrementAndGet();
				csv.row(cells);
			});
			out.flush();
		}
		finally {
			this.jdbc.sql("delete from mentoring_group where programme_id = ?").param(programme).update();
			this.jdbc.sql("delete from programme where id = ?").param(programme).update();
		}
		assertThat(rowsSeen.get()).isEqualTo(10_001);
		assertThat(rowsAtFirstWrite.get()).isBetween(1, 1_000);
		assertThat(writes.get()).isGreaterThan(50);
		String text = all.toString(StandardCharsets.UTF_8);
		assertThat(text.lines().count()).isEqualTo(10_001);
		assertThat(text).contains("Group 00001,", "Group 10000,");
	}

	private ResultActions as(String email,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return ExportTestSupport.as(this.mvc, this.users, email, request);
	}

	private static String base(long programme) {
		return "/programmes/" + programme + "/exports";
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			cells.add((row.getCell(i) != null) ? row.getCell(i).getStringCellValue() : "");
		}
		return cells;
	}

	private static List<List<String>> parse(String csv) {
		return org.citymentor.actionplan.PlanExportsTest.parse(csv);
	}

}
