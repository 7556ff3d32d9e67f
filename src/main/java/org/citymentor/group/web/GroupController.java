package org.citymentor.group.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.programme.GoalsAndActions;
import org.citymentor.programme.ProgrammeDetails;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Countries;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up and editing a group; its page is {@link GroupPageController}. */
@Controller
class GroupController {

	private final Groups groups;

	private final Programmes programmes;

	private final GoalsAndActions goalsAndActions;

	private final Themes themes;

	private final Access access;

	private final org.citymentor.shared.web.Labels labels;

	GroupController(Groups groups, Programmes programmes, GoalsAndActions goalsAndActions, Themes themes, Access access,
			org.citymentor.shared.web.Labels labels) {
		this.labels = labels;
		this.groups = groups;
		this.programmes = programmes;
		this.goalsAndActions = goalsAndActions;
		this.themes = themes;
		this.access = access;
	}

	@GetMapping("/programmes/{programmeId}/groups/new")
	String newForm(@PathVariable long programmeId, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale) {
		this.access.requireEditProgramme(user, programmeId);
		ProgrammeDetails programme = this.programmes.details(programmeId);
		GroupForm form = new GroupForm();
		form.getThemeIds().addAll(programme.data().themeIds().size() == 1 ? programme.data().themeIds() : List.of());
		form.setStartDate(programme.data().startDate());
		form.setEndDate(programme.data().endDate());
		model.addAttribute("form", form);
		addChoices(model, programme, locale);
		return "groups/form";
	}

	@PostMapping("/programmes/{programmeId}/groups")
	String create(@PathVariable long programmeId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, programmeId);
		ProgrammeDetails programme = this.programmes.details(programmeId);
		validate(programme, form, result);
		if (result.hasErrors()) {
			addChoices(model, programme, locale);
			return "groups/form";
		}
		long id = this.groups.createGroup(programmeId, form.toData(), actor(user));
		redirect.addFlashAttribute("notice", "notice.groupCreated");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/groups/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		this.access.requireManageGroup(user, id);
		GroupDetails group = this.groups.details(id);
		model.addAttribute("group", group);
		model.addAttribute("form", GroupForm.from(group));
		addChoices(model, this.programmes.details(group.programmeId()), locale);
		return "groups/form";
	}

	@PostMapping("/groups/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		GroupDetails group = this.groups.details(id);
		ProgrammeDetails programme = this.programmes.details(group.programmeId());
		validate(programme, form, result);
		if (!result.hasErrors()) {
			try {
				this.groups.updateGroup(id, form.getVersion(), form.toData(), actor(user));
				redirect.addFlashAttribute("notice", "notice.groupSaved");
				return "redirect:/groups/" + id;
			}
			catch (StaleEditException ex) {
				model.addAttribute("conflict", group);
				form.setVersion(group.version());
			}
		}
		model.addAttribute("group", group);
		addChoices(model, programme, locale);
		return "groups/form";
	}

	private void validate(ProgrammeDetails programme, GroupForm form, BindingResult result) {
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			result.rejectValue("endDate", "group.endDate.beforeStart");
		}
		if (!this.themes.allExist(form.getThemeIds())) {
			result.rejectValue("themeIds", "programme.themes.invalid");
		}
		if (form.getLanguages().stream().anyMatch((code) -> !Countries.isLanguage(code))) {
			result.rejectValue("languages", "organisation.languages.invalid");
		}
		boolean learningNetwork = programme.data().format() == ProgrammeFormat.LEARNING_NETWORK;
		if (form.getActionId() != null
				&& (!learningNetwork || !this.goalsAndActions.actionBelongs(programme.id(), form.getActionId()))) {
			result.rejectValue("actionId", "group.action.invalid");
		}
		if (programme.data().format() != ProgrammeFormat.LONG_TERM_PARTNERSHIP) {
			form.setAgreementDate(null);
			form.setAgreementReference(null);
			form.setSharedGoals(null);
			form.setExitClause(null);
		}
	}

	private void addChoices(Model model, ProgrammeDetails programme, Locale locale) {
		model.addAttribute("programme", programme);
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("languageOptions", Countries.languageOptions(locale));
		model.addAttribute("statusOptions",
				this.labels.of(org.citymentor.group.GroupStatus.values(), "group.status", locale));
		model.addAttribute("goals", this.goalsAndActions.of(programme.id()));
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.id(), user.displayName());
	}

}
