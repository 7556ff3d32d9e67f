package org.citymentor.actionplan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.actionplan.ActionPlanQuestions;
import org.citymentor.actionplan.ActionPlans;
import org.citymentor.actionplan.PlanApprovals;
import org.citymentor.actionplan.PlanCommitments;
import org.citymentor.actionplan.PlanComparison;
import org.citymentor.actionplan.PlanContent;
import org.citymentor.actionplan.PlanSnapshots;
import org.citymentor.actionplan.web.PlanPages.Plan;
import org.citymentor.activity.Activities;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormLifecycle;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormVersions;
import org.citymentor.form.FormVersions.Version;
import org.citymentor.form.web.QuestionView;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan's page (header, parts and actions, versions, approval, commitment),
 * starting it, checking and submitting a version, reopening it, starting an amendment,
 * reading and comparing versions.
 */
@Controller
@RequestMapping("/groups/{groupId}/participants/{participantId}/action-plan")
class ActionPlanController {

	private final PlanPages pages;

	private final DraftAnswers drafts;

	private final FormVersions versions;

	private final FormLifecycle lifecycle;

	private final PlanSnapshots snapshots;

	private final ActionPlans plans;

	private final PlanApprovals approvals;

	private final PlanCommitments commitments;

	private final org.citymentor.group.Groups groups;

	ActionPlanController(org.citymentor.group.Groups groups, PlanPages pages, DraftAnswers drafts,
			FormVersions versions, FormLifecycle lifecycle, PlanSnapshots snapshots, ActionPlans plans,
			PlanApprovals approvals, PlanCommitments commitments) {
		this.pages = pages;
		this.drafts = drafts;
		this.versions = versions;
		this.lifecycle = lifecycle;
		this.snapshots = snapshots;
		this.plans = plans;
		this.approvals = approvals;
		this.commitments = commitments;
		this.groups = groups;
	}

	@GetMapping
	String page(@PathVariable long groupId, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		Plan plan = this.pages.plan(groupId, participantId, user, locale);
		FormScope scope = plan.scope();
		this.pages.common(plan, model);
		List<Version> all = this.pages.versions(plan);
		model.addAttribute("versions", all);
		model.addAttribute("stages", stages(all));
		model.addAttribute("approvals", scope.exists() ? this.approvals.of(plan.documentId()) : List.of());
		model.addAttribute("commitments", scope.exists() ? this.commitments.of(plan.documentId()) : List.of());
		Map<String, List<FormComments.Comment>> comments = this.pages.comments(plan);
		model.addAttribute("comments", comments);
		if (scope.mayReadDraft() && !(scope.exists() && scope.document().isSubmitted())) {
			Map<String, Answer> draft = scope.exists() ? this.drafts.of(plan.documentId()) : Map.of();
			model.addAttribute("header", QuestionView.read(scope.definition(), draft, comments, scope.options()));
			model.addAttribute("planContent", this.pages.draft(plan));
			model.addAttribute("showing", null);
		}
		else if (!all.isEmpty()) {
			Version latest = all.get(0);
			model.addAttribute("header", QuestionView.read(scope.definition(), this.versions.answers(latest.id()),
					comments, scope.options()));
			model.addAttribute("planContent", this.snapshots.content(latest.id()));
			model.addAttribute("showing", latest);
			if (scope.permissions().otherSide()) {
				this.versions.seenBy(latest.id(), scope.viewer().organisationId());
			}
		}
		else {
			model.addAttribute("header", List.of());
			model.addAttribute("planContent", PlanContent.EMPTY);
			model.addAttribute("showing", null);
			model.addAttribute("privateDraft", scope.exists());
		}
		return "actionplan/plan";
	}

	@PostMapping("/start")
	String start(@PathVariable long groupId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.scope().exists()) {
			plan.scope().opener().get();
		}
		return "redirect:" + plan.scope().baseUrl() + "/parts/A";
	}

	/** The generic form pages link here for the answers; the plan page shows them. */
	@GetMapping("/answers")
	String answers(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "version", required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		String base = this.pages.plan(groupId, participantId, user, locale).scope().baseUrl();
		return "redirect:" + base + ((version != null) ? "/versions/" + version : "");
	}

	@GetMapping("/check")
	String check(@PathVariable long groupId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.editable()) {
			return "redirect:" + plan.scope().baseUrl();
		}
		this.pages.common(plan, model);
		Map<String, Answer> draft = this.drafts.of(plan.documentId());
		model.addAttribute("header",
				QuestionView.read(plan.scope().definition(), draft, Map.of(), plan.scope().options()));
		model.addAttribute("planContent", this.pages.draft(plan));
		model.addAttribute("amendmentReason", this.plans.settings(plan.documentId()).amendmentReason());
		return "actionplan/check";
	}

	@PostMapping("/submit")
	String submit(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.scope().exists()) {
			throw new NotFoundException();
		}
		if (this.pages.draft(plan).isEmpty()) {
			redirect.addFlashAttribute("notice", "plan.notice.noActions");
			return "redirect:" + plan.scope().baseUrl() + "/check";
		}
		try {
			this.lifecycle.submit(plan.scope(), version);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("notice", "form.notice.changedMeanwhile");
			return "redirect:" + plan.scope().baseUrl() + "/check";
		}
		redirect.addFlashAttribute("notice", "form.notice.submitted");
		return "redirect:" + plan.scope().baseUrl();
	}

	/** Reopens a submitted, not yet approved plan for its next version. */
	@PostMapping("/reopen")
	String reopen(@PathVariable long groupId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.scope().exists()) {
			throw new NotFoundException();
		}
		if (plan.frozen()) {
			redirect.addFlashAttribute("notice", "plan.notice.approvedUseAmendment");
			return "redirect:" + plan.scope().baseUrl() + "/amendment";
		}
		this.lifecycle.reopen(plan.scope());
		redirect.addFlashAttribute("notice", "form.notice.reopened");
		return "redirect:" + plan.scope().baseUrl();
	}

	@GetMapping("/amendment")
	String amendment(@PathVariable long groupId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.frozen()) {
			return "redirect:" + plan.scope().baseUrl();
		}
		this.pages.common(plan, model);
		model.addAttribute("reason", "");
		return "actionplan/amendment";
	}

	@PostMapping("/amendment")
	String startAmendment(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "reason", defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.frozen()) {
			return "redirect:" + plan.scope().baseUrl();
		}
		String cleaned = reason.strip();
		if (cleaned.isEmpty() || cleaned.length() > 2_000) {
			response.setStatus(422);
			this.pages.common(plan, model);
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError",
					cleaned.isEmpty() ? "plan.amendment.error.empty" : "plan.amendment.error.tooLong");
			return "actionplan/amendment";
		}
		this.plans.startAmendment(plan.documentId(), cleaned,
				new ActionPlans.Amendment(this.groups.details(groupId).programmeId(), groupId,
						new Activities.Actor(user.id(), user.displayName()), plan.scope().caption()));
		redirect.addFlashAttribute("notice", "plan.notice.amendmentStarted");
		return "redirect:" + plan.scope().baseUrl();
	}

	@GetMapping("/versions/{number}")
	String version(@PathVariable long groupId, @PathVariable long participantId, @PathVariable int number,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		Version version = this.versions.require(plan.documentId(), number);
		this.pages.common(plan, model);
		model.addAttribute("version", version);
		model.addAttribute("stage", stage(version));
		model.addAttribute("header", QuestionView.read(plan.scope().definition(), this.versions.answers(version.id()),
				Map.of(), plan.scope().options()));
		model.addAttribute("planContent", this.snapshots.content(version.id()));
		model.addAttribute("amendmentReason", this.snapshots.amendmentReason(version.id()).orElse(null));
		model.addAttribute("approval", this.approvals.ofVersion(plan.documentId(), number).orElse(null));
		model.addAttribute("versions", this.versions.of(plan.documentId()));
		return "actionplan/version";
	}

	@GetMapping("/compare")
	String compare(@PathVariable long groupId, @PathVariable long participantId, @RequestParam int from,
			@RequestParam int to, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		Version older = this.versions.require(plan.documentId(), Math.min(from, to));
		Version newer = this.versions.require(plan.documentId(), Math.max(from, to));
		this.pages.common(plan, model);
		List<PlanComparison.Row> rows = PlanComparison.compare(this.snapshots.content(older.id()),
				this.snapshots.content(newer.id()));
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", PlanComparison.counts(rows));
		Map<String, Answer> before = this.versions.answers(older.id());
		Map<String, Answer> after = this.versions.answers(newer.id());
		model.addAttribute("headerBefore",
				QuestionView.read(plan.scope().definition(), before, Map.of(), plan.scope().options()));
		model.addAttribute("headerAfter",
				QuestionView.read(plan.scope().definition(), after, Map.of(), plan.scope().options()));
		model.addAttribute("versions", this.versions.of(plan.documentId()));
		return "actionplan/compare";
	}

	/** The stage label of each version (decisions.md 9), by version number: one query. */
	private Map<Integer, String> stages(List<Version> all) {
		Map<Long, String> texts = this.versions.texts(all.stream().map(Version::id).toList(), "stage");
		Map<Integer, String> stages = new java.util.HashMap<>();
		all.forEach((v) -> {
			String stage = texts.get(v.id());
			if (stage != null && ActionPlanQuestions.STAGES.contains(stage)) {
				stages.put(v.number(), stage);
			}
		});
		return stages;
	}

	private String stage(Version version) {
		return stages(List.of(version)).get(version.number());
	}

	static void requireComment(FormScope scope) {
		if (!scope.permissions().comment()) {
			throw new ForbiddenException();
		}
	}

}
