package org.citymentor.actionplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.actionplan.ActionPlans.Standing;
import org.citymentor.actionplan.PlanApprovals.Body;
import org.citymentor.actionplan.PlanExportHistory;
import org.citymentor.actionplan.PlanPrint;
import org.citymentor.actionplan.PlanPrints;
import org.citymentor.actionplan.web.PlanPages.Plan;
import org.citymentor.activity.Activities;
import org.citymentor.form.FormVersions;
import org.citymentor.form.FormVersions.Version;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording the formal approval of a plan's latest version (the mentee city's members
 * only): which body decided, when, the reference; CityMentor stores the PDF of the
 * version as approved, and the plan is frozen until an amendment.
 */
@Controller
@RequestMapping("/groups/{groupId}/participants/{participantId}/action-plan/approval")
class ApprovalController {

	private final PlanPages pages;

	private final PlanPrints prints;

	private final PlanPdf pdf;

	private final PlanExportHistory history;

	private final FormVersions versions;

	private final Clock clock;

	private final DisplayZone zone;

	ApprovalController(PlanPages pages, PlanPrints prints, PlanPdf pdf, PlanExportHistory history,
			FormVersions versions, Clock clock, DisplayZone zone) {
		this.pages = pages;
		this.prints = prints;
		this.pdf = pdf;
		this.history = history;
		this.versions = versions;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping
	String form(@PathVariable long groupId, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		Plan plan = owned(groupId, participantId, user, locale);
		Version version = awaiting(plan);
		if (version == null) {
			redirect.addFlashAttribute("notice", "planApproval.notice.notNow");
			return "redirect:" + plan.scope().baseUrl();
		}
		return page(plan, version, new ApprovalForm(), model);
	}

	@PostMapping
	String record(@PathVariable long groupId, @PathVariable long participantId,
			@ModelAttribute("approval") ApprovalForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Plan plan = owned(groupId, participantId, user, locale);
		Version version = awaiting(plan);
		if (version == null) {
			redirect.addFlashAttribute("notice", "planApproval.notice.notNow");
			return "redirect:" + plan.scope().baseUrl();
		}
		LocalDate decidedOn = form.check(errors, LocalDate.now(this.clock.withZone(this.zone.zone())),
				version.submittedAt().atZone(this.zone.zone()).toLocalDate(), locale);
		if (decidedOn == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(plan, version, form, model);
		}
		Body body = form.body();
		PlanPrint print = this.prints.of(groupId, participantId, plan.documentId(), version, locale)
			.approvedAs(this.prints.approvalLine(body, form.otherBody(), decidedOn, form.cleanReference(), locale));
		try {
			this.history.approved(groupId, plan.documentId(), version.number(), body, form.otherBody(), decidedOn,
					form.cleanReference(), this.pdf.render(print, locale),
					new Activities.Actor(user.id(), user.displayName()), plan.scope().caption());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return page(plan, version, form, model);
		}
		redirect.addFlashAttribute("notice", "planApproval.notice.recorded");
		return "redirect:" + plan.scope().baseUrl();
	}

	/** 404 for outsiders and when nobody started the plan, 403 for the group's others. */
	private Plan owned(long groupId, long participantId, CurrentUser user, Locale locale) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.scope().exists()) {
			throw new NotFoundException();
		}
		return plan;
	}

	/** The latest version when it is submitted and not approved yet, else null. */
	private Version awaiting(Plan plan) {
		Standing standing = plan.standing();
		if (standing == null || !standing.submitted() || standing.latest() <= standing.approved()) {
			return null;
		}
		return this.versions.number(plan.documentId(), standing.latest()).orElse(null);
	}

	private String page(Plan plan, Version version, ApprovalForm form, Model model) {
		this.pages.common(plan, model);
		model.addAttribute("version", version);
		model.addAttribute("approval", form);
		model.addAttribute("bodies", List.of(Body.values()));
		return "actionplan/approval";
	}

}
