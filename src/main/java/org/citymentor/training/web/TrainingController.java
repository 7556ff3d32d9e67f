package org.citymentor.training.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.training.Training;
import org.citymentor.training.TrainingAccess;
import org.citymentor.training.TrainingData;
import org.citymentor.training.Trainings;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning training sessions for a whole programme or for one group, changing and
 * cancelling them, and the lists where people find them.
 */
@Controller
class TrainingController {

	static final int PAGE_SIZE = 20;

	/** Time zones offered: Europe's and the other continents' cities. */
	static final Set<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((z) -> z.matches("(Europe|America|Africa|Asia)/.*"))
		.collect(Collectors.toCollection(TreeSet::new));

	/**
	 * The starting agenda offered to a new session: the topics of the guide's chapter 4.
	 */
	static final List<String> SUGGESTED_AGENDA = List.of("training.agenda.suggested.mentoring",
			"training.agenda.suggested.responsibilities", "training.agenda.suggested.steps",
			"training.agenda.suggested.documents", "training.agenda.suggested.expectations",
			"training.agenda.suggested.workshop");

	private final Trainings trainings;

	private final TrainingAccess access;

	private final TrainingPages pages;

	private final DisplayZone zone;

	private final MessageSource messages;

	TrainingController(Trainings trainings, TrainingAccess access, TrainingPages pages, DisplayZone zone,
			MessageSource messages) {
		this.trainings = trainings;
		this.access = access;
		this.pages = pages;
		this.zone = zone;
		this.messages = messages;
	}

	@GetMapping("/programmes/{programmeId}/trainings")
	String programmeList(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireViewProgramme(user, programmeId);
		Long member = this.access.seesAllOf(user, programmeId) ? null : user.id();
		list(this.trainings.page(programmeId, null, member, PageRequest.of(Math.max(page, 0), PAGE_SIZE)), model);
		model.addAttribute("crumbs", this.pages.crumbs(programmeId, null, null).subList(0, 1));
		model.addAttribute("caption", this.pages.programmeName(programmeId));
		model.addAttribute("mayPlan", this.access.mayPlan(user, programmeId, null));
		model.addAttribute("newPath", "/programmes/" + programmeId + "/trainings/new");
		model.addAttribute("basePath", "/programmes/" + programmeId + "/trainings?");
		return "training/list";
	}

	@GetMapping("/groups/{groupId}/trainings")
	String groupList(@PathVariable long groupId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireViewGroup(user, groupId);
		long programmeId = this.access.programmeOf(groupId);
		list(this.trainings.page(programmeId, groupId, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE)), model);
		String title = this.trainings.groupTitles(List.of(groupId)).get(groupId);
		model.addAttribute("crumbs", this.pages.crumbs(programmeId, groupId, title).subList(0, 2));
		model.addAttribute("caption", title);
		model.addAttribute("mayPlan", this.access.mayPlan(user, programmeId, groupId));
		model.addAttribute("newPath", "/groups/" + groupId + "/trainings/new");
		model.addAttribute("basePath", "/groups/" + groupId + "/trainings?");
		model.addAttribute("programmePath", "/programmes/" + programmeId + "/trainings");
		return "training/list";
	}

	@GetMapping("/programmes/{programmeId}/trainings/new")
	String newForProgramme(@PathVariable long programmeId, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale) {
		requirePlan(user, programmeId, null);
		return form(programmeId, null, null, suggested(locale), Map.of(), model);
	}

	@PostMapping("/programmes/{programmeId}/trainings/new")
	String createForProgramme(@PathVariable long programmeId, @ModelAttribute("form") TrainingForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requirePlan(user, programmeId, null);
		return create(programmeId, null, form, user, model, redirect, response);
	}

	@GetMapping("/groups/{groupId}/trainings/new")
	String newForGroup(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale) {
		long programmeId = requirePlanForGroup(user, groupId);
		return form(programmeId, groupId, null, suggested(locale), Map.of(), model);
	}

	@PostMapping("/groups/{groupId}/trainings/new")
	String createForGroup(@PathVariable long groupId, @ModelAttribute("form") TrainingForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		long programmeId = requirePlanForGroup(user, groupId);
		return create(programmeId, groupId, form, user, model, redirect, response);
	}

	@GetMapping("/trainings/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Training training = this.pages.manage(id, user, model);
		if (training.isCancelled()) {
			return cancelledAlready(id, redirect);
		}
		return form(training.programmeId(), training.groupId(), training, TrainingForm.of(training), Map.of(), model);
	}

	@PostMapping("/trainings/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") TrainingForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Training training = this.pages.manage(id, user, model);
		if (training.isCancelled()) {
			return cancelledAlready(id, redirect);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		TrainingData data = form.check(errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(training.programmeId(), training.groupId(), training, form, errors, model);
		}
		try {
			this.trainings.update(id, form.getVersion(), data);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Training stored = this.trainings.require(id);
			model.addAttribute("theirs", stored);
			form.setVersion(stored.version());
			return form(stored.programmeId(), stored.groupId(), stored, form, Map.of(), model);
		}
		redirect.addFlashAttribute("notice", "training.notice.saved");
		return "redirect:/trainings/" + id;
	}

	@GetMapping("/trainings/{id}/cancel")
	String confirmCancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Training training = this.pages.manage(id, user, model);
		if (training.isCancelled()) {
			return cancelledAlready(id, redirect);
		}
		return "training/cancel";
	}

	@PostMapping("/trainings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Training training = this.pages.manage(id, user, model);
		if (training.isCancelled()) {
			return cancelledAlready(id, redirect);
		}
		this.trainings.cancel(id, version);
		redirect.addFlashAttribute("notice", "training.notice.cancelled");
		return "redirect:/trainings/" + id;
	}

	private String create(long programmeId, Long groupId, TrainingForm form, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		TrainingData data = form.check(errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(programmeId, groupId, null, form, errors, model);
		}
		long id = this.trainings.create(programmeId, groupId, data, user.displayName());
		redirect.addFlashAttribute("notice", "training.notice.planned");
		return "redirect:/trainings/" + id;
	}

	private String form(long programmeId, Long groupId, Training training, TrainingForm form,
			Map<String, String> errors, Model model) {
		String groupTitle = (groupId != null) ? this.trainings.groupTitles(List.of(groupId)).get(groupId) : null;
		model.addAttribute("crumbs", this.pages.crumbs(programmeId, groupId, groupTitle));
		model.addAttribute("caption", (groupTitle != null) ? groupTitle : this.pages.programmeName(programmeId));
		model.addAttribute("forWholeProgramme", groupId == null);
		model.addAttribute("training", training);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", ZONES);
		model.addAttribute("action", (training != null) ? "/trainings/" + training.id() + "/edit" : (groupId != null)
				? "/groups/" + groupId + "/trainings/new" : "/programmes/" + programmeId + "/trainings/new");
		return "training/form";
	}

	private TrainingForm suggested(Locale locale) {
		TrainingForm form = new TrainingForm();
		form.setTimeZone(this.zone.zone().getId());
		form.setStartsAt("09:30");
		form.setEndsAt("12:30");
		form.setAgenda(SUGGESTED_AGENDA.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.collect(Collectors.joining("\n")));
		return form;
	}

	private void list(Page<Training> page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("groupTitles", this.trainings
			.groupTitles(page.getContent().stream().map(Training::groupId).filter((g) -> g != null).toList()));
	}

	private void requirePlan(CurrentUser user, long programmeId, Long groupId) {
		if (groupId == null) {
			this.access.requireViewProgramme(user, programmeId);
		}
		if (!this.access.mayPlan(user, programmeId, groupId)) {
			throw new ForbiddenException();
		}
	}

	private long requirePlanForGroup(CurrentUser user, long groupId) {
		this.access.requireViewGroup(user, groupId);
		long programmeId = this.access.programmeOf(groupId);
		requirePlan(user, programmeId, groupId);
		return programmeId;
	}

	private static String cancelledAlready(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "training.notice.cancelledAlready");
		return "redirect:/trainings/" + id;
	}

}
