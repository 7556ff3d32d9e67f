package org.citymentor.actionplan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.citymentor.actionplan.ExportPlanFixtures.Made;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
public class PlanExportsTest {

	@Autowired
	private ExportPlanFixtures plans;

	@Autowired
	private FormFixtures forms;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	private Made plan;

	@BeforeEach
	void plan() {
		this.plan = this.plans.create();
	}

	@Test
	void thePdfIsALandscapeAnnexSixWithHeaderColumnsActionsAndTargets() throws Exception {
		this.plans.submit(this.plan);
		byte[] pdf = this.forms.as(this.plan.f().mentee(), get(this.plan.base() + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-v1.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Action plan: A city for all")
				.contains(groupTitle())
				.contains("Mentee town")
				.contains("Mentor town")
				.contains("Version 1 – first list of actions")
				.contains("Every newcomer finds their way")
				.contains("Part A: A city for all")
				.contains("Part B: A buddy pilot")
				.contains("Outcomes")
				.contains("Timeframe")
				.contains("Resources and partners")
				.contains("Measuring success")
				.contains("Map the communities")
				.contains("March 2026")
				.contains("Funding: €12,000")
				.contains("Communities contacted: target 25 communities")
				.contains("Buddies trained: target 40");
		}
		assertThat(this.jdbc.sql("select subject from activity where group_id = ? and kind = 'EXPORTED'")
			.param(this.plan.f().groupId())
			.query(String.class)
			.list()).anyMatch((s) -> s.contains("version 1") && s.contains("PDF"));
	}

	@Test
	void theDocxHasASixColumnTablePerPartInALandscapeSection() throws Exception {
		this.plans.submit(this.plan);
		byte[] docx = this.forms.as(this.plan.f().mentee(), get(this.plan.base() + ".docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getTables()).hasSize(2);
			XWPFTable first = document.getTables().get(0);
			assertThat(first.getRows()).hasSize(2);
			assertThat(first.getRow(0).getTableCells()).hasSize(6);
			assertThat(first.getRow(0).getCell(0).getText()).isEqualTo("Action");
			assertThat(first.getRow(0).getCell(5).getText()).isEqualTo("Measuring success");
			assertThat(first.getRow(1).getCell(0).getText()).isEqualTo(ExportPlanFixtures.FIRST_ACTION);
			assertThat(first.getRow(1).getCell(5).getText()).contains("Communities contacted: target 25");
			assertThat(document.getTables().get(1).getRow(1).getCell(0).getText())
				.isEqualTo(ExportPlanFixtures.SECOND_ACTION);
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient())
				.isEqualTo(STPageOrientation.LANDSCAPE);
			String all = String.join("\n", document.getParagraphs().stream().map((p) -> p.getText()).toList());
			assertThat(all).contains("Mentee town").contains("Mentor town").contains(groupTitle());
		}
	}

	@Test
	void theActionsCsvHasOneRowPerActionWithTheSixColumnsAndTargets() throws Exception {
		this.plans.submit(this.plan);
		String csv = this.forms.as(this.plan.f().mentor(), get(this.plan.base() + "/actions.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<List<String>> rows = parse(csv);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsExactly("Part", "Action", "Outcomes", "Start", "End", "Lead",
				"Resources and partners", "Funding (EUR)", "Measuring success", "Indicators and targets");
		assertThat(rows.get(1)).containsExactly("Part A: A city for all: the long-term plan",
				ExportPlanFixtures.FIRST_ACTION, "A list of communities and who speaks for them", "2026-03", "2026-06",
				"Social services", "Two officers and the migrant association", "12000", "Communities reached",
				"Communities contacted: target 25 communities");
		assertThat(rows.get(2).get(1)).isEqualTo(ExportPlanFixtures.SECOND_ACTION);
		assertThat(rows.get(2).get(3)).isEqualTo("2026-09-01");
		assertThat(rows.get(2).get(7)).isEmpty();
	}

	@Test
	void theProgressCsvShowsNotesToTheGroupAndNeverToCoordinators() throws Exception {
		this.plans.submit(this.plan);
		long progress = this.jdbc.sql("""
				insert into plan_progress (document_id, action_key, kind, reported_on, status, note, author_name)
				values (?, ?, 'UPDATE', date '2026-04-15', 'DELAYED', 'Confidential: the alderman left', 'Test mentee')
				returning id
				""").params(this.plan.documentId(), this.plan.keys().get(0)).query(Long.class).single();
		String indicator = this.jdbc.sql("""
				select i.indicator_key::text from plan_indicator i join plan_action a on a.id = i.action_id
				where a.action_key = ?
				""").param(this.plan.keys().get(0)).query(String.class).single();
		this.jdbc
			.sql("insert into plan_progress_value (progress_id, indicator_key, value) values (?, cast(? as uuid), 8)")
			.params(progress, indicator)
			.update();
		List<List<String>> member = parse(this.forms.as(this.plan.f().mentor(), get(this.plan.base() + "/progress.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(member).hasSize(2);
		assertThat(member.get(0)).contains("Note");
		assertThat(member.get(1)).containsExactly("Part A: A city for all: the long-term plan",
				ExportPlanFixtures.FIRST_ACTION, "Progress update", "2026-04-15", "Delayed",
				"Communities contacted: 8 (target 25)", "Test mentee", "Confidential: the alderman left");
		String coordinator = coordinator(get(this.plan.base() + "/progress.csv")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(parse(coordinator)).hasSize(2);
		assertThat(coordinator).doesNotContain("Confidential").doesNotContain("Note");
		this.forms.as(this.plan.f().outsider(), get(this.plan.base() + "/progress.csv"))
			.andExpect(status().isNotFound());
	}

	@Test
	void coordinatorsExportSubmittedVersionsOnlyAndOutsidersNothing() throws Exception {
		coordinator(get(this.plan.base() + ".pdf")).andExpect(status().isNotFound());
		this.forms.as(this.plan.f().mentee(), get(this.plan.base() + "/print?draft=true")).andExpect(status().isOk());
		this.forms.as(this.plan.f().mentor(), get(this.plan.base() + ".pdf?draft=true"))
			.andExpect(status().isForbidden());
		this.plans.submit(this.plan);
		coordinator(get(this.plan.base() + ".pdf")).andExpect(status().isOk());
		coordinator(get(this.plan.base() + ".docx?version=1")).andExpect(status().isOk());
		coordinator(get(this.plan.base() + "/actions.csv?draft=true")).andExpect(status().isForbidden());
		coordinator(get(this.plan.base() + ".pdf?version=2")).andExpect(status().isNotFound());
		for (String path : List.of(".pdf", ".docx", "/print", "/actions.csv", "/progress.csv")) {
			this.forms.as(this.plan.f().outsider(), get(this.plan.base() + path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void thePrintViewShowsTheDraftToItsOwnerWithoutInlineStyles() throws Exception {
		String html = this.forms.page(this.plan.f().mentee(), this.plan.base() + "/print?draft=true");
		assertThat(html).contains("draft, not submitted")
			.contains("Measuring success")
			.contains(ExportPlanFixtures.FIRST_ACTION)
			.contains("/css/plan-print")
			.contains("<main>")
			.doesNotContain("style=")
			.doesNotContain("<style");
	}

	private ResultActions coordinator(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername("coordinator@cemr.example.org"))));
	}

	private String groupTitle() {
		return this.jdbc.sql("select title from mentoring_group where id = ?")
			.param(this.plan.f().groupId())
			.query(String.class)
			.single();
	}

	/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
	public static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		return rows;
	}

}
