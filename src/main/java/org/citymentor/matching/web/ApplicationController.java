package org.citymentor.matching.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.matching.Application;
import org.citymentor.matching.Application.Side;
import org.citymentor.matching.Applications;
import org.citymentor.matching.Call;
import org.citymentor.matching.Match;
import org.citymentor.matching.Matches;
import org.citymentor.matching.MatchingRuleException;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;

import org.springframework.http.HttpStatus;
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
 * A city applies to a call, reads and withdraws its application, accepts or declines a
 * proposed match.
 */
@Controller
@RequestMapping("/calls/{callId}")
class ApplicationController {

	private static final List<String> LANGUAGES = List.of("en", "nl", "fr", "de", "it", "es", "el", "lv", "pt", "pl");

	private final MatchingPages pages;

	private final Applications applications;

	private final Matches matches;

	private final Themes themes;

	ApplicationController(MatchingPages pages, Applications applications, Matches matches, Themes themes) {
		this.pages = pages;
		this.applications = applications;
		this.matches = matches;
		this.themes = themes;
	}

	@GetMapping("/apply")
	String applyForm(@PathVariable long callId, @RequestParam(name = "side", defaultValue = "MENTEE") Side side,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		Call call = this.pages.readCall(user, callId);
		OrganisationSummary city = this.pages.city(user).orElseThrow(ForbiddenException::new);
		return form(call, city, side, new ArrayList<>(call.themeIds()), List.of(), "", "", Map.of(), model, locale);
	}

	@PostMapping("/apply")
	String apply(@PathVariable long callId, @RequestParam(name = "side", defaultValue = "MENTEE") Side side,
			@RequestParam(name = "themeIds", required = false) List<Long> themeIds,
			@RequestParam(name = "languages", required = false) List<String> languages,
			@RequestParam(name = "capacity", defaultValue = "") String capacity,
			@RequestParam(name = "motivation", defaultValue = "") String motivation,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Call call = this.pages.readCall(user, callId);
		OrganisationSummary city = this.pages.city(user).orElseThrow(ForbiddenException::new);
		List<Long> chosenThemes = (themeIds != null) ? themeIds : List.of();
		List<String> chosenLanguages = (languages != null) ? languages : List.of();
		Map<String, String> errors = new LinkedHashMap<>();
		Set<Long> known = new LinkedHashSet<>();
		this.themes.options(locale).forEach((o) -> known.add(Long.valueOf(o.value())));
		if (chosenThemes.isEmpty() || !known.containsAll(chosenThemes)) {
			errors.put("themeIds", "matching.apply.error.themes");
		}
		if (!LANGUAGES.containsAll(chosenLanguages)) {
			errors.put("languages", "matching.apply.error.languages");
		}
		Integer places = null;
		if (side == Side.MENTOR) {
			try {
				places = Integer.valueOf(capacity.trim());
				if (places < 1 || places > 50) {
					errors.put("capacity", "matching.apply.error.capacity");
				}
			}
			catch (NumberFormatException ex) {
				errors.put("capacity", "matching.apply.error.capacity");
			}
		}
		if (motivation.length() > 10000) {
			errors.put("motivation", "matching.apply.error.motivation");
		}
		if (errors.isEmpty()) {
			try {
				long id = this.applications.apply(call, city.id(), city.name(), side, new LinkedHashSet<>(chosenThemes),
						new LinkedHashSet<>(chosenLanguages), places, motivation, actor(user),
						this.pages.calls().today());
				redirect.addFlashAttribute("notice", "matching.apply.notice." + side);
				return "redirect:/calls/" + callId + "/applications/" + id;
			}
			catch (MatchingRuleException ex) {
				errors.put("side", ex.key());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(call, city, side, chosenThemes, chosenLanguages, capacity, motivation, errors, model, locale);
	}

	@GetMapping("/applications/{id}")
	String show(@PathVariable long callId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		Call call = this.pages.readCall(user, callId);
		Application application = this.pages.readApplication(user, call, id);
		model.addAttribute("call", call);
		model.addAttribute("app", application);
		model.addAttribute("applicant", this.pages.isApplicant(user, application));
		model.addAttribute("coordinates", this.pages.coordinates(user, call));
		model.addAttribute("themeLabels", this.themes.labels(application.themeIds(), locale));
		model.addAttribute("languageNames", languageNames(locale));
		model.addAttribute("matches", this.matches.ofApplication(id));
		return "matching/application";
	}

	@PostMapping("/applications/{id}/withdraw")
	String withdraw(@PathVariable long callId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Call call = this.pages.readCall(user, callId);
		Application application = this.pages.ownApplication(user, call, id);
		try {
			if (!application.withdrawn()) {
				this.applications.withdraw(application, actor(user));
			}
			redirect.addFlashAttribute("notice", "matching.withdraw.notice");
		}
		catch (MatchingRuleException ex) {
			redirect.addFlashAttribute("problem", ex.key());
		}
		return "redirect:/calls/" + callId + "/applications/" + id;
	}

	@PostMapping("/applications/{id}/accept")
	String accept(@PathVariable long callId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Call call = this.pages.readCall(user, callId);
		Application application = this.pages.ownApplication(user, call, id);
		try {
			Match match = proposed(id)
				.orElseThrow(() -> new MatchingRuleException("matching.accept.error.notProposed"));
			this.matches.accept(match, application.organisationId(), actor(user));
			redirect.addFlashAttribute("notice", "matching.accept.notice");
		}
		catch (MatchingRuleException ex) {
			redirect.addFlashAttribute("problem", ex.key());
		}
		return "redirect:/calls/" + callId + "/applications/" + id;
	}

	@PostMapping("/applications/{id}/decline")
	String decline(@PathVariable long callId, @PathVariable long id,
			@RequestParam(name = "reason", defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Call call = this.pages.readCall(user, callId);
		Application application = this.pages.ownApplication(user, call, id);
		java.util.Optional<Match> proposed = proposed(id);
		if (proposed.isEmpty()) {
			redirect.addFlashAttribute("problem", "matching.accept.error.notProposed");
			return "redirect:/calls/" + callId + "/applications/" + id;
		}
		try {
			Match match = proposed.get();
			this.matches.decline(match, application.organisationName(), reason);
		}
		catch (MatchingRuleException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("declineError", ex.key());
			model.addAttribute("reason", reason);
			return show(callId, id, user, model, locale);
		}
		redirect.addFlashAttribute("notice", "matching.decline.notice");
		return "redirect:/calls/" + callId + "/applications/" + id;
	}

	private java.util.Optional<Match> proposed(long applicationId) {
		return this.matches.ofApplication(applicationId)
			.stream()
			.filter((m) -> m.status() == Match.Status.PROPOSED)
			.findFirst();
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.id(), user.displayName());
	}

	private static List<Option> languageOptions(Locale locale) {
		return LANGUAGES.stream()
			.map((c) -> new Option(c, Locale.forLanguageTag(c).getDisplayLanguage(locale)))
			.toList();
	}

	private static Map<String, String> languageNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		languageOptions(locale).forEach((o) -> names.put(o.value(), o.label()));
		return names;
	}

	private String form(Call call, OrganisationSummary city, Side side, List<Long> themeIds, List<String> languages,
			String capacity, String motivation, Map<String, String> errors, Model model, Locale locale) {
		model.addAttribute("call", call);
		model.addAttribute("city", city);
		model.addAttribute("side", side);
		model.addAttribute("themeIds", themeIds.stream().map(String::valueOf).toList());
		model.addAttribute("languages", languages);
		model.addAttribute("capacity", capacity);
		model.addAttribute("motivation", motivation);
		model.addAttribute("errors", errors);
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("languageOptions", languageOptions(locale));
		model.addAttribute("accepts", call.acceptsApplications(this.pages.calls().today()));
		model.addAttribute("pastDeadline", call.pastDeadline(this.pages.calls().today()));
		return "matching/apply";
	}

}
