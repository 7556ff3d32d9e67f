package org.citymentor.actionplan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.actionplan.ActionPlanForm;
import org.citymentor.actionplan.ActionPlans;
import org.citymentor.actionplan.ActionPlans.Standing;
import org.citymentor.actionplan.PlanActions;
import org.citymentor.actionplan.PlanContent;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormVersions;
import org.citymentor.group.GroupDetails;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every action-plan page needs: the plan for this viewer and its standing. */
@Component
public class PlanPages {

	private final ActionPlanForm form;

	private final ActionPlans plans;

	private final PlanActions actions;

	private final FormVersions versions;

	private final FormComments comments;

	PlanPages(ActionPlanForm form, ActionPlans plans, PlanActions actions, FormVersions versions,
			FormComments comments) {
		this.form = form;
		this.plans = plans;
		this.actions = actions;
		this.versions = versions;
		this.comments = comments;
	}

	public Plan plan(long groupId, long participantId, CurrentUser user, Locale locale) {
		ActionPlanForm.Resolved resolved = this.form.resolveInGroup(groupId, participantId, user, locale);
		FormScope scope = resolved.scope();
		Standing standing = scope.exists() ? this.plans.ofParticipant(groupId, participantId).orElse(null) : null;
		return new Plan(scope, standing, resolved.group());
	}

	/** The plan of someone who may change it (its mentee organisation's members). */
	public Plan editable(long groupId, long participantId, CurrentUser user, Locale locale) {
		Plan plan = plan(groupId, participantId, user, locale);
		if (!plan.scope().permissions().edit()) {
			throw new ForbiddenException();
		}
		return plan;
	}

	/** The plan with its document (404 when nobody started it). */
	public Plan existing(long groupId, long participantId, CurrentUser user, Locale locale) {
		Plan plan = plan(groupId, participantId, user, locale);
		if (!plan.scope().exists()) {
			throw new NotFoundException();
		}
		return plan;
	}

	/** The draft's parts and actions, for those who may read the draft. */
	public PlanContent draft(Plan plan) {
		if (!plan.scope().exists()) {
			return PlanContent.EMPTY;
		}
		return this.actions.content(plan.documentId());
	}

	public List<FormVersions.Version> versions(Plan plan) {
		return plan.scope().exists() ? this.versions.of(plan.documentId()) : List.of();
	}

	public Map<String, List<FormComments.Comment>> comments(Plan plan) {
		return plan.scope().exists() ? this.comments.of(plan.documentId()) : Map.of();
	}

	void common(Plan plan, Model model) {
		model.addAttribute("scope", plan.scope());
		model.addAttribute("document", plan.scope().document());
		model.addAttribute("standing", plan.standing());
		model.addAttribute("base", plan.scope().baseUrl());
		model.addAttribute("plan", plan);
	}

	/**
	 * A plan for one viewer: its form scope, where it stands (null until started) and its
	 * group.
	 */
	public record Plan(FormScope scope, Standing standing, GroupDetails group) {

		public long documentId() {
			return this.scope.document().id();
		}

		public boolean frozen() {
			return this.standing != null && this.standing.frozen();
		}

		/** The owner may change the draft now. */
		public boolean editable() {
			return this.scope.permissions().edit() && this.scope.exists() && !this.scope.document().isSubmitted();
		}

	}

}
