package org.citymentor.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.account.AccountService;
import org.citymentor.invitation.Invitations;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.ProgrammeDetails;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.programme.ProgrammeStep;
import org.citymentor.programme.ProgrammeSummary;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programmes: the list a person may see, a programme's page, creating and editing one.
 */
@Controller
class ProgrammeController {

	/** Programmes per page of the list. */
	static final int PAGE_SIZE = 20;

	private final Programmes programmes;

	private final Themes themes;

	private final Organisations organisations;

	private final AccountService accounts;

	private final Access access;

	private final MessageSource messages;

	private final Clock clock;

	private final org.citymentor.programme.GoalsAndActions goalsAndActions;

	private final Invitations invitations;

	ProgrammeController(Programmes programmes, Themes themes, Organisations organisations, AccountService accounts,
			Access access, MessageSource messages, Clock clock,
			org.citymentor.programme.GoalsAndActions goalsAndActions, Invitations invitations) {
		this.goalsAndActions = goalsAndActions;
		this.programmes = programmes;
		this.themes = themes;
		this.organisations = organisations;
		this.accounts = accounts;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
		this.invitations = invitations;
	}

	@GetMapping("/programmes")
	String list(@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		// a short projection of every visible programme (one query), shown a page at a
		// time
		List<ProgrammeSummary> visible = this.programmes.summaries(this.access.visibleProgrammeIds(user));
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		int from = (int) Math.min(request.getOffset(), visible.size());
		List<ProgrammeSummary> shown = visible.subList(from, Math.min(from + PAGE_SIZE, visible.size()));
		model.addAttribute("programmes", shown);
		model.addAttribute("page", new PageImpl<>(shown, request, visible.size()));
		model.addAttribute("organisationNames", this.organisations
			.summaries(shown.stream().map(ProgrammeSummary::coordinatingOrganisationId).distinct().toList()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("mayCreate", this.access.mayCreateProgramme(user));
		return "programmes/list";
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		this.access.requireViewProgramme(user, id);
		ProgrammeDetails details = this.programmes.details(id);
		model.addAttribute("programme", details);
		model.addAttribute("coordinatingOrganisation",
				this.organisations.summaries(List.of(details.data().coordinatingOrganisationId()))
					.get(details.data().coordinatingOrganisationId()));
		model.addAttribute("themeLabels", this.themes.labels(details.data().themeIds(), locale).values());
		model.addAttribute("coordinators", this.accounts.people(details.coordinatorIds()).values());
		model.addAttribute("steps",
				Arrays.stream(ProgrammeStep.values()).filter(details.data().steps()::contains).toList());
		boolean mayEdit = this.access.mayEditProgramme(user, id);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("coordinatorInvitations", mayEdit ? this.invitations.pendingForProgramme(id) : List.of());
		model.addAttribute("coordinates", this.access.coordinatesProgramme(user, id));
		if (details.data().format() == org.citymentor.programme.ProgrammeFormat.LEARNING_NETWORK) {
			model.addAttribute("goals", this.goalsAndActions.of(id));
		}
		model.addAttribute("coordinatorCandidates",
				this.accounts.coordinatorCandidates()
					.stream()
					.filter((person) -> !details.coordinatorIds().contains(person.id()))
					.toList());
		model.addAttribute("phase",
				new ProgrammeSummary(id, details.data().name(), details.data().format(),
						details.data().coordinatingOrganisationId(), details.data().startDate(),
						details.data().endDate())
					.phaseOn(LocalDate.now(this.clock)));
		return "programmes/detail";
	}

	@GetMapping("/programmes/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		requireCreate(user);
		ProgrammeForm form = new ProgrammeForm();
		form.getCoordinatorIds().add(user.id());
		model.addAttribute("form", form);
		addChoices(model, locale, true);
		return "programmes/form";
	}

	@PostMapping("/programmes")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProgrammeForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		requireCreate(user);
		validate(form, result, true);
		if (result.hasErrors()) {
			addChoices(model, locale, true);
			return "programmes/form";
		}
		long id = this.programmes.createProgramme(form.toData(), form.getCoordinatorIds());
		redirect.addFlashAttribute("notice", "notice.programmeSaved");
		return "redirect:/programmes/" + id;
	}

	@GetMapping("/programmes/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		this.access.requireEditProgramme(user, id);
		ProgrammeDetails details = this.programmes.details(id);
		model.addAttribute("programme", details);
		model.addAttribute("form", ProgrammeForm.from(details));
		addChoices(model, locale, false);
		return "programmes/form";
	}

	@PostMapping("/programmes/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		ProgrammeDetails details = this.programmes.details(id);
		validate(form, result, false);
		if (!result.hasErrors()) {
			try {
				this.programmes.updateProgramme(id, form.getVersion(), form.toData());
				redirect.addFlashAttribute("notice", "notice.programmeSaved");
				return "redirect:/programmes/" + id;
			}
			catch (StaleEditException ex) {
				model.addAttribute("conflict", details);
				model.addAttribute("conflictThemes", this.themes.labels(details.data().themeIds(), locale).values());
				form.setVersion(details.version());
			}
		}
		model.addAttribute("programme", details);
		addChoices(model, locale, false);
		return "programmes/form";
	}

	@PostMapping("/programmes/{id}/coordinators")
	String addCoordinator(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(name = "userId", required = false) String userId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		Long candidate = parseId(userId);
		boolean allowed = candidate != null
				&& this.accounts.coordinatorCandidates().stream().anyMatch((person) -> person.id() == candidate);
		if (!allowed) {
			redirect.addFlashAttribute("coordinatorError", "programme.coordinator.choose");
			return "redirect:/programmes/" + id + "#coordinators";
		}
		this.programmes.addCoordinator(id, candidate);
		redirect.addFlashAttribute("notice", "notice.coordinatorAdded");
		return "redirect:/programmes/" + id + "#coordinators";
	}

	@PostMapping("/programmes/{id}/coordinators/{userId}/remove")
	String removeCoordinator(@PathVariable long id, @PathVariable long userId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		if (this.programmes.removeCoordinator(id, userId)) {
			redirect.addFlashAttribute("notice", "notice.coordinatorRemoved");
		}
		else {
			redirect.addFlashAttribute("coordinatorError", "programme.coordinator.last");
		}
		return "redirect:/programmes/" + id + "#coordinators";
	}

	private void requireCreate(CurrentUser user) {
		if (!this.access.mayCreateProgramme(user)) {
			throw new ForbiddenException();
		}
	}

	private void validate(ProgrammeForm form, BindingResult result, boolean creating) {
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			result.rejectValue("endDate", "programme.endDate.beforeStart");
		}
		if (form.getCoordinatingOrganisationId() != null
				&& !this.organisations.exists(form.getCoordinatingOrganisationId())) {
			result.rejectValue("coordinatingOrganisationId", "programme.coordinatingOrganisation.required");
		}
		if (!this.themes.allExist(form.getThemeIds())) {
			result.rejectValue("themeIds", "programme.themes.invalid");
		}
		if (form.getSteps().contains(ProgrammeStep.VISITS) && form.getDefaultVisits() == null
				&& !result.hasFieldErrors("defaultVisits")) {
			result.rejectValue("defaultVisits", "programme.defaultVisits.range");
		}
		if (creating) {
			List<Long> allowed = this.accounts.coordinatorCandidates().stream().map((p) -> p.id()).toList();
			if (form.getCoordinatorIds().isEmpty() || !allowed.containsAll(form.getCoordinatorIds())) {
				result.rejectValue("coordinatorIds", "programme.coordinators.required");
			}
		}
	}

	private void addChoices(Model model, Locale locale, boolean creating) {
		model.addAttribute("formats",
				Arrays.stream(ProgrammeFormat.values())
					.map((format) -> new Option(format.name(), label("programme.format." + format.name(), locale)))
					.toList());
		model.addAttribute("stepOptions",
				Arrays.stream(ProgrammeStep.values())
					.map((step) -> new Option(step.name(), label("programme.step." + step.name(), locale)))
					.toList());
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("organisationOptions",
				this.organisations.all()
					.stream()
					.map((OrganisationSummary o) -> new Option(String.valueOf(o.id()), o.name()))
					.toList());
		if (creating) {
			model.addAttribute("coordinatorOptions",
					this.accounts.coordinatorCandidates()
						.stream()
						.map((person) -> new Option(String.valueOf(person.id()),
								person.displayName() + " (" + person.email() + ")"))
						.toList());
		}
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
