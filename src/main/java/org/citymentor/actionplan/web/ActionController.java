package org.citymentor.actionplan.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.actionplan.ActionInput;
import org.citymentor.actionplan.PlanActions;
import org.citymentor.actionplan.PlanContent;
import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanRuleException;
import org.citymentor.actionplan.web.PlanPages.Plan;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormLifecycle;
import org.citymentor.form.FormLockedException;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The parts and actions of a plan's draft (GOV.UK add-to-a-list: add, change, reorder,
 * move to another part, remove with a confirmation) and the comments on an action.
 */
@Controller
@RequestMapping("/groups/{groupId}/participants/{participantId}/action-plan")
class ActionController {

	private final PlanPages pages;

	private final PlanActions actions;

	private final GroupMembers members;

	private final AccountService accounts;

	private final FormLifecycle lifecycle;

	private final FormComments comments;

	ActionController(PlanPages pages, PlanActions actions, GroupMembers members, AccountService accounts,
			FormLifecycle lifecycle, FormComments comments) {
		this.pages = pages;
		this.actions = actions;
		this.members = members;
		this.accounts = accounts;
		this.lifecycle = lifecycle;
		this.comments = comments;
	}

	@PostMapping("/plan-parts")
	String addPart(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "title", defaultValue = "") String title, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		String cleaned = title.strip();
		if (cleaned.isEmpty() || cleaned.length() > 300) {
			redirect.addFlashAttribute("partError",
					cleaned.isEmpty() ? "plan.part.error.title" : "plan.part.error.tooLong");
			redirect.addFlashAttribute("partInput", title);
			return "redirect:" + plan.scope().baseUrl() + "#add-part";
		}
		long documentId = plan.scope().exists() ? plan.documentId() : plan.scope().opener().get().id();
		return change(plan, redirect, "plan.notice.partAdded",
				() -> this.actions.addPart(documentId, cleaned, who(user)));
	}

	@PostMapping("/plan-parts/{partId}")
	String renamePart(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long partId,
			@RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		String cleaned = title.strip();
		if (cleaned.isEmpty() || cleaned.length() > 300) {
			redirect.addFlashAttribute("notice", "plan.part.error.title");
			return "redirect:" + plan.scope().baseUrl();
		}
		return change(plan, redirect, "plan.notice.partRenamed",
				() -> this.actions.renamePart(plan.documentId(), partId, version, cleaned, who(user)));
	}

	@PostMapping("/plan-parts/{partId}/move")
	String movePart(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long partId,
			@RequestParam(name = "direction", defaultValue = "down") String direction,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		return change(plan, redirect, "plan.notice.moved",
				() -> this.actions.movePart(plan.documentId(), partId, "up".equals(direction) ? -1 : 1, who(user)));
	}

	@PostMapping("/plan-parts/{partId}/remove")
	String removePart(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long partId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		return change(plan, redirect, "plan.notice.partRemoved",
				() -> this.actions.removePart(plan.documentId(), partId, who(user)));
	}

	@GetMapping("/plan-parts/{partId}/actions/new")
	String newAction(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long partId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.editable()) {
			return "redirect:" + plan.scope().baseUrl();
		}
		PlanContent.Part part = this.pages.draft(plan).part(partId).orElseThrow(NotFoundException::new);
		ActionForm form = new ActionForm();
		return render(plan, part, null, form, Map.of(), null, model);
	}

	@PostMapping("/plan-parts/{partId}/actions/new")
	String addAction(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long partId,
			@ModelAttribute("form") ActionForm form, @RequestParam(name = "next", defaultValue = "") String next,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.editable()) {
			redirect.addFlashAttribute("notice", "plan.notice.locked");
			return "redirect:" + plan.scope().baseUrl();
		}
		PlanContent.Part part = this.pages.draft(plan).part(partId).orElseThrow(NotFoundException::new);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionInput input = form.check(errors, leads(plan, groupId));
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(plan, part, null, form, errors, null, model);
		}
		UUID key;
		try {
			key = this.actions.addAction(plan.documentId(), partId, input, who(user));
		}
		catch (FormLockedException ex) {
			redirect.addFlashAttribute("notice", "plan.notice.locked");
			return "redirect:" + plan.scope().baseUrl();
		}
		redirect.addFlashAttribute("notice", "plan.notice.actionAdded");
		if ("another".equals(next)) {
			return "redirect:" + plan.scope().baseUrl() + "/plan-parts/" + partId + "/actions/new";
		}
		return "redirect:" + plan.scope().baseUrl() + "#action-" + key;
	}

	@GetMapping("/actions/{key}")
	String editAction(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.editable()) {
			return "redirect:" + plan.scope().baseUrl() + "#action-" + key;
		}
		PlanContent content = this.pages.draft(plan);
		Action action = content.action(key).orElseThrow(NotFoundException::new);
		return render(plan, content.partOf(key).orElseThrow(), action, ActionForm.of(action), Map.of(), null, model);
	}

	@PostMapping("/actions/{key}")
	String saveAction(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@ModelAttribute("form") ActionForm form, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.editable()) {
			redirect.addFlashAttribute("notice", "plan.notice.locked");
			return "redirect:" + plan.scope().baseUrl();
		}
		PlanContent content = this.pages.draft(plan);
		Action stored = content.action(key).orElse(null);
		if (stored == null) {
			response.setStatus(HttpStatus.CONFLICT.value());
			if (content.parts().isEmpty()) {
				redirect.addFlashAttribute("notice", "plan.notice.removedMeanwhile");
				return "redirect:" + plan.scope().baseUrl();
			}
			model.addAttribute("removedMeanwhile", true);
			return render(plan, content.parts().get(0), null, form, Map.of(), null, model);
		}
		PlanContent.Part part = content.partOf(key).orElseThrow();
		Map<String, String> errors = new LinkedHashMap<>();
		ActionInput input = form.check(errors, leads(plan, groupId));
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(plan, part, stored, form, errors, null, model);
		}
		try {
			this.actions.updateAction(plan.documentId(), key, form.getVersion(), input, who(user));
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			form.setVersion(stored.version());
			return render(plan, part, stored, form, Map.of(), stored, model);
		}
		catch (FormLockedException ex) {
			redirect.addFlashAttribute("notice", "plan.notice.locked");
			return "redirect:" + plan.scope().baseUrl();
		}
		redirect.addFlashAttribute("notice", "plan.notice.actionSaved");
		return "redirect:" + plan.scope().baseUrl() + "#action-" + key;
	}

	@GetMapping("/actions/{key}/remove")
	String confirmRemove(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		Action action = this.pages.draft(plan).action(key).orElseThrow(NotFoundException::new);
		this.pages.common(plan, model);
		model.addAttribute("action", action);
		return "actionplan/remove-action";
	}

	@PostMapping("/actions/{key}/remove")
	String removeAction(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		return change(plan, redirect, "plan.notice.actionRemoved",
				() -> this.actions.removeAction(plan.documentId(), key, who(user)));
	}

	/** Up, down, or to another part ({@code part}). */
	@PostMapping("/actions/{key}/move")
	String moveAction(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@RequestParam(name = "direction", defaultValue = "") String direction,
			@RequestParam(name = "part", required = false) Long partId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		String target = change(plan, redirect, "plan.notice.moved", () -> {
			if (partId != null) {
				this.actions.moveToPart(plan.documentId(), key, partId, who(user));
			}
			else {
				this.actions.moveAction(plan.documentId(), key, "up".equals(direction) ? -1 : 1, who(user));
			}
		});
		return plan.editable() ? target + "#action-" + key : target;
	}

	@PostMapping("/actions/{key}/comments")
	String comment(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@RequestParam(name = "body", defaultValue = "") String body, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		ActionPlanController.requireComment(plan.scope());
		if (this.pages.draft(plan).action(key).isEmpty()) {
			throw new NotFoundException();
		}
		String back = plan.scope().baseUrl() + "#action-" + key;
		if (body.isBlank() || body.length() > FormComments.MAX_LENGTH) {
			redirect.addFlashAttribute("commentError", key.toString());
			redirect.addFlashAttribute("commentInput", body);
			redirect.addFlashAttribute("commentErrorKey",
					body.isBlank() ? "form.comment.error.empty" : "form.comment.error.tooLong");
			return "redirect:" + back;
		}
		this.lifecycle.comment(plan.scope(), "action-" + key, body);
		redirect.addFlashAttribute("notice", "form.notice.commented");
		return "redirect:" + back;
	}

	@PostMapping("/comments/{commentId}/resolve")
	String resolve(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long commentId,
			@RequestParam(name = "back", defaultValue = "") String back, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		if (!plan.scope().permissions().resolve()) {
			throw new org.citymentor.shared.web.ForbiddenException();
		}
		if (!this.comments.resolve(plan.documentId(), commentId, plan.scope().viewer().name())) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "form.notice.resolved");
		return "redirect:" + plan.scope().baseUrl() + (back.matches("[a-z0-9-]{1,80}") ? "#" + back : "");
	}

	private String change(Plan plan, RedirectAttributes redirect, String notice, Runnable change) {
		if (!plan.editable()) {
			redirect.addFlashAttribute("notice",
					plan.frozen() ? "plan.notice.approvedUseAmendment" : "plan.notice.locked");
			return "redirect:" + plan.scope().baseUrl();
		}
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (PlanRuleException ex) {
			redirect.addFlashAttribute("notice", ex.messageKey());
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("notice", "plan.notice.changedMeanwhile");
		}
		catch (FormLockedException ex) {
			redirect.addFlashAttribute("notice", "plan.notice.locked");
		}
		return "redirect:" + plan.scope().baseUrl();
	}

	private String render(Plan plan, PlanContent.Part part, Action action, ActionForm form, Map<String, String> errors,
			Action theirs, Model model) {
		form.padIndicators();
		this.pages.common(plan, model);
		model.addAttribute("part", part);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("errors", ActionForm.ordered(errors));
		model.addAttribute("theirs", theirs);
		model.addAttribute("leadOptions", leadOptions(plan, plan.scope().document().groupId()));
		return "actionplan/action";
	}

	/** The people of the mentee organisation in the group, who may lead an action. */
	private List<Option> leadOptions(Plan plan, long groupId) {
		long participantId = plan.scope().document().participantId();
		List<Long> ids = this.members.of(groupId)
			.stream()
			.filter((m) -> m.participantId() == participantId)
			.map(GroupMembers.Member::userId)
			.toList();
		return this.accounts.people(ids)
			.values()
			.stream()
			.map((p) -> new Option(String.valueOf(p.id()), p.displayName()))
			.sorted(java.util.Comparator.comparing(Option::label))
			.toList();
	}

	private Set<Long> leads(Plan plan, long groupId) {
		Set<Long> ids = new LinkedHashSet<>();
		if (plan.scope().exists()) {
			leadOptions(plan, groupId).forEach((o) -> ids.add(Long.valueOf(o.value())));
		}
		return ids;
	}

	private static String who(CurrentUser user) {
		return user.displayName();
	}

}
