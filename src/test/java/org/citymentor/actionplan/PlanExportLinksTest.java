package org.citymentor.actionplan;

import java.util.Locale;
import java.util.Set;

import org.citymentor.actionplan.ExportPlanFixtures.Made;
import org.citymentor.actionplan.web.PlanPages;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links the plan page shows (fragment {@code actionplan/_exports :: links(plan)}):
 * what each reader may download, and the approval for the mentee city when it is due.
 */
@CityMentorTest
class PlanExportLinksTest {

	@Autowired
	private ExportPlanFixtures plans;

	@Autowired
	private PlanPages pages;

	@Autowired
	private TemplateEngine templates;

	@Autowired
	private ApplicationContext application;

	@Autowired
	private UserDetailsService users;

	@Test
	void ownersSeeTheDraftAndTheApprovalDueOthersTheLatestVersion() throws Exception {
		Made plan = this.plans.create();
		Document draft = links(plan, plan.f().mentee());
		assertThat(draft.select("a[href=" + plan.base() + "/print?draft=true]")).hasSize(1);
		assertThat(draft.select("a[href=" + plan.base() + ".pdf]")).isEmpty();
		assertThat(links(plan, plan.f().mentor()).text()).isEmpty();

		this.plans.submit(plan);
		Document owner = links(plan, plan.f().mentee());
		assertThat(owner.select("a[href=" + plan.base() + "/approval]").text()).isEqualTo("Record the approval");
		assertThat(owner.select("a[href=" + plan.base() + ".pdf]")).hasSize(1);
		assertThat(owner.select("a[href=" + plan.base() + ".docx]")).hasSize(1);
		assertThat(owner.select("a[href=" + plan.base() + "/actions.csv]")).hasSize(1);
		assertThat(owner.select("a[href=" + plan.base() + "/progress.csv]")).hasSize(1);
		Document mentor = links(plan, plan.f().mentor());
		assertThat(mentor.select("a[href=" + plan.base() + ".pdf]")).hasSize(1);
		assertThat(mentor.select("a[href$=/approval]")).isEmpty();
		assertThat(mentor.select("a[href*=draft]")).isEmpty();
	}

	private Document links(Made plan, TestAccount who) {
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(who.email());
		MockServletContext servlet = new MockServletContext();
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse()), Locale.ENGLISH);
		context.setVariable("plan",
				this.pages.plan(plan.f().groupId(), plan.f().menteeParticipant(), user, Locale.ENGLISH));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		return Jsoup.parse(this.templates.process("actionplan/_exports", Set.of("links"), context));
	}

}
