package org.citymentor.matching.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.access.ViewerAccess;
import org.citymentor.matching.Application.Side;
import org.citymentor.matching.Applications;
import org.citymentor.matching.Call;
import org.citymentor.matching.CallData;
import org.citymentor.matching.Calls;
import org.citymentor.matching.Matches;
import org.citymentor.programme.ProgrammeDetails;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Option;

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

/** Calls: the list, opening and changing one, and its page. */
@Controller
class CallController {

	private final MatchingPages pages;

	private final Calls calls;

	private final Applications applications;

	private final Matches matches;

	private final Access access;

	private final Programmes programmes;

	private final Themes themes;

	CallController(MatchingPages pages, Calls calls, Applications applications, Matches matches, Access access,
			Programmes programmes, Themes themes) {
		this.pages = pages;
		this.calls = calls;
		this.applications = applications;
		this.matches = matches;
		this.access = access;
		this.programmes = programmes;
		this.themes = themes;
	}

	@GetMapping("/calls")
	String list(@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		// one query for what the reader coordinates, one for the programmes' names: not
		// one
		// per programme
		ViewerAccess viewer = this.access.viewerAccess(user);
		List<Long> coordinated = this.access.visibleProgrammeIds(user).stream().filter(viewer::coordinates).toList();
		Long city = this.pages.city(user).map((o) -> o.id()).orElse(null);
		model.addAttribute("page", this.calls.page(user.isAdmin(), coordinated, city, page));
		model.addAttribute("today", this.calls.today());
		model.addAttribute("programmes",
				this.programmes.summaries(coordinated)
					.stream()
					.map((programme) -> new Option(String.valueOf(programme.id()), programme.name()))
					.toList());
		return "matching/calls";
	}

	@GetMapping("/programmes/{id}/calls/new")
	String newCall(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		this.access.requireEditProgramme(user, id);
		return form(this.programmes.details(id), null, new CallForm(), Map.of(), model, locale);
	}

	@PostMapping("/programmes/{id}/calls")
	String create(@PathVariable long id, @ModelAttribute("form") CallForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.access.requireEditProgramme(user, id);
		Map<String, String> errors = new LinkedHashMap<>();
		CallData data = form.check(themeIds(locale), errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(this.programmes.details(id), null, form, errors, model, locale);
		}
		long call = this.calls.open(id, data, user.id());
		redirect.addFlashAttribute("notice", "matching.call.notice.opened");
		return "redirect:/calls/" + call;
	}

	@GetMapping("/calls/{id}")
	String show(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		Call call = this.pages.readCall(user, id);
		boolean coordinates = this.pages.coordinates(user, call);
		model.addAttribute("call", call);
		model.addAttribute("coordinates", coordinates);
		model.addAttribute("today", this.calls.today());
		model.addAttribute("themeLabels", this.themes.labels(call.themeIds(), locale));
		model.addAttribute("city", this.pages.city(user).orElse(null));
		this.pages.city(user)
			.ifPresent((city) -> model.addAttribute("own", this.applications.ofOrganisation(id, city.id())));
		if (coordinates) {
			model.addAttribute("mentees", this.applications.of(id, Side.MENTEE, page));
			model.addAttribute("mentors", this.applications.all(id, Side.MENTOR));
			model.addAttribute("menteeCount", this.applications.count(id, Side.MENTEE));
			model.addAttribute("matches",
					this.matches.ofCall(id)
						.stream()
						.collect(Collectors.toMap((m) -> m.menteeApplicationId(), (m) -> m)));
			model.addAttribute("pageNumber", page);
			model.addAttribute("pageSize", Applications.PAGE_SIZE);
		}
		return "matching/call";
	}

	@GetMapping("/calls/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		Call call = this.pages.manageCall(user, id);
		return form(this.programmes.details(call.programmeId()), call, CallForm.of(call), Map.of(), model, locale);
	}

	@PostMapping("/calls/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") CallForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Call call = this.pages.manageCall(user, id);
		Map<String, String> errors = new LinkedHashMap<>();
		CallData data = form.check(themeIds(locale), errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(this.programmes.details(call.programmeId()), call, form, errors, model, locale);
		}
		try {
			this.calls.update(id, form.getVersion(), data);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			errors.put("title", "matching.call.error.stale");
			form.setVersion(this.calls.find(id).orElseThrow().version());
			return form(this.programmes.details(call.programmeId()), call, form, errors, model, locale);
		}
		redirect.addFlashAttribute("notice", "matching.call.notice.saved");
		return "redirect:/calls/" + id;
	}

	private Set<Long> themeIds(Locale locale) {
		return this.themes.options(locale).stream().map((o) -> Long.valueOf(o.value())).collect(Collectors.toSet());
	}

	private String form(ProgrammeDetails programme, Call call, CallForm form, Map<String, String> errors, Model model,
			Locale locale) {
		model.addAttribute("programme", programme);
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("themeOptions", this.themes.options(locale));
		return "matching/call-form";
	}

}
