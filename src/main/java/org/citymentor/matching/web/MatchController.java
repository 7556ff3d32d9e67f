package org.citymentor.matching.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.matching.Application;
import org.citymentor.matching.Application.Side;
import org.citymentor.matching.Applications;
import org.citymentor.matching.Call;
import org.citymentor.matching.Criterion;
import org.citymentor.matching.Match;
import org.citymentor.matching.Matches;
import org.citymentor.matching.MatchingRuleException;
import org.citymentor.matching.Suggestions;
import org.citymentor.matching.Weights;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's side: explained suggestions per mentee, the draft set with its
 * warnings, publishing, and the programme's weights.
 */
@Controller
class MatchController {

	private final MatchingPages pages;

	private final Applications applications;

	private final Matches matches;

	private final Suggestions suggestions;

	private final Access access;

	private final Programmes programmes;

	MatchController(MatchingPages pages, Applications applications, Matches matches, Suggestions suggestions,
			Access access, Programmes programmes) {
		this.pages = pages;
		this.applications = applications;
		this.matches = matches;
		this.suggestions = suggestions;
		this.access = access;
		this.programmes = programmes;
	}

	@GetMapping("/calls/{callId}/applications/{id}/suggestions")
	String suggestions(@PathVariable long callId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		Call call = this.pages.readCall(user, callId);
		Application mentee = this.pages.readApplication(user, call, id);
		if (!this.pages.coordinates(user, call) || !mentee.isMentee()) {
			throw new NotFoundException();
		}
		return suggestionsPage(call, mentee, null, "", model, locale);
	}

	@PostMapping("/calls/{callId}/matches")
	String draft(@PathVariable long callId, @RequestParam("mentee") long menteeId,
			@RequestParam("mentor") long mentorId,
			@RequestParam(name = "suggested", defaultValue = "false") boolean suggested,
			@RequestParam(name = "reason", defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Call call = this.pages.manageCall(user, callId);
		Application mentee = this.applications.find(callId, menteeId).orElseThrow(NotFoundException::new);
		Application mentor = this.applications.find(callId, mentorId).orElseThrow(NotFoundException::new);
		Integer score = this.suggestions.rank(mentee, List.of(mentor), locale).suggestions().get(0).score();
		try {
			this.matches.draft(callId, mentee, mentor, suggested, score, reason, user.displayName());
		}
		catch (MatchingRuleException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return suggestionsPage(call, mentee, ex.key(), reason, model, locale);
		}
		redirect.addFlashAttribute("notice", "matching.draft.notice");
		return "redirect:/calls/" + callId + "/matches";
	}

	@PostMapping("/calls/{callId}/matches/{matchId}/remove")
	String remove(@PathVariable long callId, @PathVariable long matchId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.pages.manageCall(user, callId);
		this.matches.find(callId, matchId).orElseThrow(NotFoundException::new);
		try {
			this.matches.remove(callId, matchId);
			redirect.addFlashAttribute("notice", "matching.remove.notice");
		}
		catch (MatchingRuleException ex) {
			redirect.addFlashAttribute("problem", ex.key());
		}
		return "redirect:/calls/" + callId + "/matches";
	}

	@GetMapping("/calls/{callId}/matches")
	String review(@PathVariable long callId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Call call = this.pages.manageCall(user, callId);
		return reviewPage(call, null, model);
	}

	@PostMapping("/calls/{callId}/matches/publish")
	String publish(@PathVariable long callId,
			@RequestParam(name = "confirmUnmatched", defaultValue = "false") boolean confirmUnmatched,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Call call = this.pages.manageCall(user, callId);
		try {
			int published = this.matches.publish(call, confirmUnmatched, new Actor(user.id(), user.displayName()));
			redirect.addFlashAttribute("notice",
					call.acceptanceRequired() ? "matching.publish.notice.proposed" : "matching.publish.notice");
			redirect.addFlashAttribute("published", published);
		}
		catch (MatchingRuleException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return reviewPage(call, ex.key(), model);
		}
		return "redirect:/calls/" + callId + "/matches";
	}

	@GetMapping("/programmes/{id}/matching-weights")
	String weights(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireEditProgramme(user, id);
		Weights weights = this.suggestions.weights(id);
		Map<Criterion, String> values = new EnumMap<>(Criterion.class);
		weights.values().forEach((c, v) -> values.put(c, String.valueOf(v)));
		return weightsPage(id, values, this.suggestions.weightsVersion(id), Map.of(), model);
	}

	@PostMapping("/programmes/{id}/matching-weights")
	String saveWeights(@PathVariable long id, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		Map<Criterion, String> values = new EnumMap<>(Criterion.class);
		Map<Criterion, Integer> numbers = new EnumMap<>(Criterion.class);
		Map<String, String> errors = new LinkedHashMap<>();
		for (Criterion c : Criterion.values()) {
			String value = params.getOrDefault(c.name(), "").trim();
			values.put(c, value);
			try {
				int number = Integer.parseInt(value);
				if (number < 0 || number > 100) {
					errors.put(c.name(), "matching.weights.error.range");
				}
				numbers.put(c, number);
			}
			catch (NumberFormatException ex) {
				errors.put(c.name(), "matching.weights.error.range");
			}
		}
		if (errors.isEmpty() && numbers.values().stream().mapToInt(Integer::intValue).sum() == 0) {
			errors.put(Criterion.NEEDS.name(), "matching.weights.error.zero");
		}
		long version = parseLong(params.get("version"));
		if (errors.isEmpty()) {
			try {
				this.suggestions.saveWeights(id, version, new Weights(numbers));
				redirect.addFlashAttribute("notice", "matching.weights.notice");
				return "redirect:/programmes/" + id + "/matching-weights";
			}
			catch (StaleEditException ex) {
				errors.put(Criterion.NEEDS.name(), "matching.weights.error.stale");
				version = this.suggestions.weightsVersion(id);
				response.setStatus(HttpStatus.CONFLICT.value());
				return weightsPage(id, values, version, errors, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return weightsPage(id, values, version, errors, model);
	}

	private String weightsPage(long programmeId, Map<Criterion, String> values, long version,
			Map<String, String> errors, Model model) {
		model.addAttribute("programme", this.programmes.details(programmeId));
		model.addAttribute("values", values);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("weights", this.suggestions.weights(programmeId));
		return "matching/weights";
	}

	private String suggestionsPage(Call call, Application mentee, String error, String reason, Model model,
			Locale locale) {
		List<Application> mentors = this.applications.all(call.id(), Side.MENTOR);
		Suggestions.Ranking ranking = this.suggestions.rank(mentee, mentors, locale);
		model.addAttribute("call", call);
		model.addAttribute("mentee", mentee);
		model.addAttribute("ranking", ranking);
		model.addAttribute("maxima", ranking.weights().maxima());
		model.addAttribute("match", this.matches.ofMentee(mentee.id()).orElse(null));
		model.addAttribute("mentors", mentors);
		model.addAttribute("error", error);
		model.addAttribute("reason", reason);
		return "matching/suggestions";
	}

	private String reviewPage(Call call, String error, Model model) {
		List<Match> all = this.matches.ofCall(call.id());
		List<Application> mentees = this.applications.all(call.id(), Side.MENTEE);
		List<Application> mentors = this.applications.all(call.id(), Side.MENTOR);
		java.util.Set<Long> matched = all.stream().map(Match::menteeApplicationId).collect(Collectors.toSet());
		Map<Long, Long> perMentor = all.stream()
			.collect(Collectors.groupingBy(Match::mentorApplicationId, Collectors.counting()));
		model.addAttribute("call", call);
		model.addAttribute("matches", all);
		model.addAttribute("unmatched", mentees.stream().filter((a) -> !matched.contains(a.id())).toList());
		model.addAttribute("overCapacity",
				mentors.stream()
					.filter((m) -> m.capacity() != null && perMentor.getOrDefault(m.id(), 0L) > m.capacity())
					.toList());
		model.addAttribute("perMentor", perMentor);
		model.addAttribute("drafts", all.stream().filter(Match::isDraft).count());
		model.addAttribute("error", error);
		return "matching/review";
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong((value != null) ? value.trim() : "0");
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
