package org.citymentor.evaluation.web;

import org.citymentor.shared.web.DateFields;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.evaluation.PulseSurveys;
import org.citymentor.group.GroupData;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.visit.Visit;
import org.citymentor.visit.Visits;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pulse surveys: the programme's coordinators schedule one for a group (after a visit,
 * half-way through the group's period, or on a date); each member answers once; members
 * and coordinators see the answers only taken together, and only from five answers on.
 */
@Controller
@RequestMapping("/groups/{groupId}/pulse-surveys")
class PulseSurveyController {

	static final int MAX_OPEN = 2_000;

	private final EvaluationPages pages;

	private final PulseSurveys surveys;

	private final Visits visits;

	private final MessageSource messages;

	private final Clock clock;

	private final DisplayZone zone;

	PulseSurveyController(EvaluationPages pages, PulseSurveys surveys, Visits visits, MessageSource messages,
			Clock clock, DisplayZone zone) {
		this.pages = pages;
		this.surveys = surveys;
		this.visits = visits;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/new")
	String add(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		return renderNew(context, new LinkedHashMap<>(), Map.of(), locale, model);
	}

	@PostMapping
	String schedule(@PathVariable long groupId, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : List.of("moment", "visitId", "openDay", "openMonth", "openYear")) {
			typed.put(field, (params.getFirst(field) != null) ? params.getFirst(field) : "");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		PulseSurveys.Moment moment = null;
		for (PulseSurveys.Moment m : PulseSurveys.Moment.values()) {
			if (m.name().equals(typed.get("moment"))) {
				moment = m;
			}
		}
		LocalDate opensOn = null;
		Long visitId = null;
		if (moment == null) {
			errors.put("moment", "evaluation.pulse.error.moment");
		}
		else if (moment == PulseSurveys.Moment.AFTER_VISIT) {
			Visit visit = visits(groupId).stream()
				.filter((v) -> String.valueOf(v.id()).equals(typed.get("visitId").strip()))
				.findFirst()
				.orElse(null);
			if (visit == null) {
				errors.put("visitId", "evaluation.pulse.error.visit");
			}
			else {
				visitId = visit.id();
				opensOn = visit.endsOn().plusDays(1);
			}
		}
		else if (moment == PulseSurveys.Moment.MIDWAY) {
			GroupData d = context.group().data();
			if (d.startDate() == null || d.endDate() == null) {
				errors.put("moment", "evaluation.pulse.error.noPeriod");
			}
			else {
				opensOn = d.startDate().plusDays(ChronoUnit.DAYS.between(d.startDate(), d.endDate()) / 2);
			}
		}
		else {
			opensOn = DateFields.of(typed.get("openDay"), typed.get("openMonth"), typed.get("openYear"));
			if (opensOn == null) {
				errors.put("openDay", "evaluation.pulse.error.date");
			}
			else if (opensOn.isBefore(LocalDate.now(this.clock.withZone(this.zone.zone())))) {
				errors.put("openDay", "evaluation.pulse.error.past");
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return renderNew(context, typed, errors, locale, model);
		}
		long id = this.surveys.schedule(groupId, moment, visitId, opensOn, user.displayName());
		redirect.addFlashAttribute("notice", "evaluation.pulse.notice.scheduled");
		return "redirect:/groups/" + groupId + "/pulse-surveys/" + id;
	}

	@GetMapping("/{surveyId}")
	String show(@PathVariable long groupId, @PathVariable long surveyId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		EvaluationPages.Context context = this.pages.read(groupId, user);
		PulseSurveys.Survey survey = this.surveys.require(groupId, surveyId);
		return render(context, survey, user, new LinkedHashMap<>(), Map.of(), locale, model);
	}

	@PostMapping("/{surveyId}/answers")
	String answer(@PathVariable long groupId, @PathVariable long surveyId,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		EvaluationPages.Context context = this.pages.member(groupId, user);
		PulseSurveys.Survey survey = this.surveys.require(groupId, surveyId);
		String base = "/groups/" + groupId + "/pulse-surveys/" + surveyId;
		if (!this.surveys.isOpen(survey)) {
			redirect.addFlashAttribute("notice", "evaluation.pulse.notice.notOpen");
			return "redirect:" + base;
		}
		if (this.surveys.hasAnswered(surveyId, user.id())) {
			redirect.addFlashAttribute("notice", "evaluation.pulse.notice.alreadyAnswered");
			return "redirect:" + base;
		}
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<PulseSurveys.Question, Integer> scores = new EnumMap<>(PulseSurveys.Question.class);
		for (PulseSurveys.Question question : PulseSurveys.Question.values()) {
			String value = (params.getFirst(question.name()) != null) ? params.getFirst(question.name()).strip() : "";
			typed.put(question.name(), value);
			if (value.matches("[1-5]")) {
				scores.put(question, Integer.parseInt(value));
			}
			else {
				errors.put(question.name(), "evaluation.pulse.error.scale");
			}
		}
		String open = (params.getFirst("openAnswer") != null) ? params.getFirst("openAnswer") : "";
		typed.put("openAnswer", open);
		if (open.length() > MAX_OPEN) {
			errors.put("openAnswer", "evaluation.pulse.error.tooLong");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(context, survey, user, typed, errors, locale, model);
		}
		boolean recorded = this.surveys.answer(surveyId, user.id(), scores,
				open.isBlank() ? null : open.replace("\r\n", "\n").strip());
		redirect.addFlashAttribute("notice",
				recorded ? "evaluation.pulse.notice.answered" : "evaluation.pulse.notice.alreadyAnswered");
		return "redirect:" + base;
	}

	private String render(EvaluationPages.Context context, PulseSurveys.Survey survey, CurrentUser user,
			Map<String, String> typed, Map<String, String> errors, Locale locale, Model model) {
		String title = this.messages.getMessage("evaluation.pulse.title", null, locale);
		this.pages.common(context, locale, model,
				new EvaluationPages.Crumb(title, "/groups/" + context.group().id() + "/pulse-surveys/" + survey.id()));
		boolean open = this.surveys.isOpen(survey);
		model.addAttribute("survey", survey);
		model.addAttribute("open", open);
		model.addAttribute("answered", context.member() && this.surveys.hasAnswered(survey.id(), user.id()));
		model.addAttribute("mayAnswer", context.member() && open);
		model.addAttribute("results", this.surveys.results(survey.id()));
		model.addAttribute("questions", PulseSurveys.Question.values());
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("minAnswers", PulseSurveys.MIN_ANSWERS);
		model.addAttribute("action", "/groups/" + context.group().id() + "/pulse-surveys/" + survey.id() + "/answers");
		return "evaluation/pulse";
	}

	private String renderNew(EvaluationPages.Context context, Map<String, String> typed, Map<String, String> errors,
			Locale locale, Model model) {
		this.pages.common(context, locale, model,
				new EvaluationPages.Crumb(this.messages.getMessage("evaluation.pulse.new", null, locale),
						"/groups/" + context.group().id() + "/pulse-surveys/new"));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("visits", visits(context.group().id()));
		model.addAttribute("moments", PulseSurveys.Moment.values());
		model.addAttribute("action", "/groups/" + context.group().id() + "/pulse-surveys");
		return "evaluation/pulse-new";
	}

	private List<Visit> visits(long groupId) {
		return this.visits.of(groupId).stream().filter((v) -> !v.isCancelled()).toList();
	}

}
