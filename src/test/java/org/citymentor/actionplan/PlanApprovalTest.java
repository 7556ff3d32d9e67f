package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.actionplan.ExportPlanFixtures.Made;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class PlanApprovalTest {

	@Autowired
	private ExportPlanFixtures plans;

	@Autowired
	private FormFixtures forms;

	@Autowired
	private PlanApprovals approvals;

	@Autowired
	private ActionPlans actionPlans;

	@Autowired
	private PlanActions actions;

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
	void anApprovedVersionKeepsItsPdfAndFreezesThePlan() throws Exception {
		this.forms.as(this.plan.f().mentee(), get(approval()))
			.andExpect(redirectedUrl(this.plan.base()))
			.andExpect(flash().attribute("notice", "planApproval.notice.notNow"));
		this.plans.submit(this.plan);
		assertThat(this.forms.page(this.plan.f().mentee(), approval())).contains("Record the formal approval")
			.contains("version 1");
		this.forms.as(this.plan.f().mentor(), get(approval())).andExpect(status().isForbidden());
		this.forms.as(this.plan.f().outsider(), get(approval())).andExpect(status().isNotFound());
		this.forms.as(this.plan.f().mentor(), approve("COUNCIL", today(), "")).andExpect(status().isForbidden());

		this.forms.as(this.plan.f().mentee(), approve("COUNCIL", today(), "2026/41"))
			.andExpect(redirectedUrl(this.plan.base()))
			.andExpect(flash().attribute("notice", "planApproval.notice.recorded"));
		List<PlanApprovals.Approval> recorded = this.approvals.of(this.plan.documentId());
		assertThat(recorded).singleElement().satisfies((a) -> {
			assertThat(a.number()).isEqualTo(1);
			assertThat(a.body()).isEqualTo(PlanApprovals.Body.COUNCIL);
			assertThat(a.reference()).isEqualTo("2026/41");
			assertThat(a.decidedOn()).isEqualTo(today());
		});
		String pdfUrl = this.plan.base() + "/approvals/" + recorded.get(0).id() + ".pdf";
		byte[] first = download(this.plan.f().mentee(), pdfUrl);
		assertThat(first).isEqualTo(this.approvals.pdf(this.plan.documentId(), recorded.get(0).id()));
		try (PDDocument document = Loader.loadPDF(first)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Approved by the city council on")
				.contains("(reference: 2026/41)")
				.contains(ExportPlanFixtures.FIRST_ACTION);
		}
		assertThat(this.jdbc.sql("select count(*) from activity where group_id = ? and kind = 'ACTION_PLAN_APPROVED'")
			.param(this.plan.f().groupId())
			.query(Integer.class)
			.single()).isEqualTo(1);

		// frozen: no second approval, no edits
		this.forms.as(this.plan.f().mentee(), approve("MAYOR", today(), ""))
			.andExpect(redirectedUrl(this.plan.base()))
			.andExpect(flash().attribute("notice", "planApproval.notice.notNow"));
		this.forms
			.as(this.plan.f().mentee(),
					post(this.plan.base() + "/actions/" + this.plan.keys().get(0)).param("title", "Changed"))
			.andExpect(redirectedUrl(this.plan.base()))
			.andExpect(flash().attribute("notice", "plan.notice.locked"));
		assertThat(this.approvals.of(this.plan.documentId())).hasSize(1);

		// an amendment changes the draft, never the approved document
		this.actionPlans.startAmendment(this.plan.documentId(), "The pilot moves to another district", "Test");
		long part = this.jdbc.sql("select id from plan_part where document_id = ? order by position limit 1")
			.param(this.plan.documentId())
			.query(Long.class)
			.single();
		this.actions.addAction(this.plan.documentId(), part, new ActionInput("An action added by the amendment", null,
				null, null, true, null, null, null, BigDecimal.ONE, null, List.of()), "Test");
		assertThat(download(this.plan.f().mentee(), pdfUrl)).isEqualTo(first);
		assertThat(
				coordinator(get(pdfUrl)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
			.isEqualTo(first);
		this.forms.as(this.plan.f().outsider(), get(pdfUrl)).andExpect(status().isNotFound());
		this.forms
			.as(this.plan.f().mentee(),
					get(this.plan.base() + "/approvals/" + (recorded.get(0).id() + 100000) + ".pdf"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedWithMessagesNextToTheFieldsAndKept() throws Exception {
		this.plans.submit(this.plan);
		Document empty = invalid(post(approval()).param("reference", "kept reference"));
		assertThat(empty.select(".govuk-error-summary").text()).contains("Choose who approved the plan")
			.contains("Enter the date of the decision");
		assertThat(empty.select("#body-error").text()).contains("Choose who approved the plan");
		assertThat(empty.select("#day-error").text()).contains("Enter the date of the decision");
		assertThat(empty.select("#reference").attr("value")).isEqualTo("kept reference");
		assertThat(empty.title()).startsWith("Error:");

		assertThat(invalid(approve("OTHER", today(), "")).select("#bodyOther-error").text())
			.contains("Enter the name of the body");
		assertThat(invalid(approve("COUNCIL", today().plusDays(1), "")).select("#day-error").text())
			.contains("today or in the past");
		Document impossible = invalid(
				post(approval()).param("body", "MAYOR").param("day", "31").param("month", "2").param("year", "2026"));
		assertThat(impossible.select("#day-error").text()).contains("must be a real date");
		assertThat(impossible.select("#day").attr("value")).isEqualTo("31");
		assertThat(impossible.select("#body").attr("checked")).isEmpty();
		assertThat(impossible.select("#body-MAYOR").hasAttr("checked")).isTrue();
		assertThat(invalid(approve("COUNCIL", today().minusDays(1), "")).select("#day-error").text())
			.contains("cannot be before the version was submitted");
		assertThat(invalid(approve("COUNCIL", today(), "x".repeat(201))).select("#reference-error").text())
			.contains("200 characters or fewer");
		assertThat(this.approvals.of(this.plan.documentId())).isEmpty();

		this.forms
			.as(this.plan.f().mentee(),
					post(approval()).param("body", "OTHER")
						.param("bodyOther", "Integration committee")
						.param("day", String.valueOf(today().getDayOfMonth()))
						.param("month", String.valueOf(today().getMonthValue()))
						.param("year", String.valueOf(today().getYear())))
			.andExpect(redirectedUrl(this.plan.base()));
		assertThat(this.approvals.of(this.plan.documentId())).singleElement()
			.satisfies((a) -> assertThat(a.bodyOther()).isEqualTo("Integration committee"));
	}

	private Document invalid(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.forms.as(this.plan.f().mentee(), request)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private MockHttpServletRequestBuilder approve(String body, LocalDate date, String reference) {
		return post(approval()).param("body", body)
			.param("day", String.valueOf(date.getDayOfMonth()))
			.param("month", String.valueOf(date.getMonthValue()))
			.param("year", String.valueOf(date.getYear()))
			.param("reference", reference);
	}

	private byte[] download(TestAccount who, String url) throws Exception {
		return this.forms.as(who, get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private ResultActions coordinator(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername("coordinator@cemr.example.org"))));
	}

	private String approval() {
		return this.plan.base() + "/approval";
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Brussels"));
	}

}
