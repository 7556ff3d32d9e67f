package org.citymentor.programme.web;

import org.citymentor.access.Access;
import org.citymentor.programme.GoalsAndActions;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goals and actions of a learning network, added from the programme page. */
@Controller
class GoalController {

	private final GoalsAndActions goalsAndActions;

	private final Programmes programmes;

	private final Access access;

	GoalController(GoalsAndActions goalsAndActions, Programmes programmes, Access access) {
		this.goalsAndActions = goalsAndActions;
		this.programmes = programmes;
		this.access = access;
	}

	@PostMapping("/programmes/{id}/goals")
	String addGoal(@PathVariable long id, @RequestParam(name = "number", required = false) String number,
			@RequestParam(name = "title", required = false) String title, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		this.programmes.details(id);
		String error = check(number, title, "programme.goal.title.required");
		if (error != null) {
			redirect.addFlashAttribute("goalError", error);
			redirect.addFlashAttribute("goalInput", new String[] { number, title });
			return "redirect:/programmes/" + id + "#goals";
		}
		this.goalsAndActions.addGoal(id, parse(number), title);
		redirect.addFlashAttribute("notice", "notice.goalAdded");
		return "redirect:/programmes/" + id + "#goals";
	}

	@PostMapping("/programmes/{id}/goals/{goalId}/actions")
	String addAction(@PathVariable long id, @PathVariable long goalId,
			@RequestParam(name = "number", required = false) String number,
			@RequestParam(name = "title", required = false) String title, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		if (!this.goalsAndActions.goalBelongs(id, goalId)) {
			throw new NotFoundException();
		}
		String error = check(number, title, "programme.action.title.required");
		if (error != null) {
			redirect.addFlashAttribute("actionError", error);
			redirect.addFlashAttribute("actionErrorGoal", goalId);
			redirect.addFlashAttribute("actionInput", new String[] { number, title });
			return "redirect:/programmes/" + id + "#goal-" + goalId;
		}
		this.goalsAndActions.addAction(id, goalId, parse(number), title);
		redirect.addFlashAttribute("notice", "notice.actionAdded");
		return "redirect:/programmes/" + id + "#goal-" + goalId;
	}

	private static String check(String number, String title, String titleRequired) {
		if (title == null || title.isBlank()) {
			return titleRequired;
		}
		if (title.length() > 300) {
			return "validation.tooLong300";
		}
		if (number != null && !number.isBlank() && parse(number) == null) {
			return "programme.goal.number.invalid";
		}
		return null;
	}

	private static Integer parse(String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(number.trim());
			return (value >= 1 && value <= 999) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
