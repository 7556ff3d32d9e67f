package org.citymentor.visit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.visit.VisitOutcomes;
import org.citymentor.visit.VisitParticipants;

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

import jakarta.servlet.http.HttpServletResponse;

/**
 * The outcome of a visit once it took place (what was learned, the changes to the action
 * plan and the plan version made at it), and the short feedback of each participant with
 * an account.
 */
@Controller
@RequestMapping("/groups/{groupId}/visits/{visitId}")
class OutcomeController {

	static final int MAX_TEXT = 20_000;

	static final int MAX_COMMENT = 2_000;

	private final AgendaPages pages;

	private final VisitParts parts;

	private final VisitOutcomes outcomes;

	private final VisitParticipants participants;

	OutcomeController(AgendaPages pages, VisitParts parts, VisitOutcomes outcomes, VisitParticipants participants) {
		this.pages = pages;
		this.parts = parts;
		this.outcomes = outcomes;
		this.participants = participants;
	}

	@GetMapping("/outcome")
	String edit(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		if (!this.outcomes.isOver(page.visit())) {
			redirect.addFlashAttribute("notice", "visit.outcome.notice.notYet");
			return "redirect:" + page.base();
		}
		VisitOutcomes.Outcome outcome = this.outcomes.of(visitId).orElse(null);
		return render(page, (outcome != null) ? outcome.learned() : "", (outcome != null) ? outcome.planChanges() : "",
				(outcome != null && outcome.planVersionId() != null) ? outcome.planVersionId().toString() : "",
				(outcome != null) ? outcome.version() : -1, Map.of(), null, locale, model);
	}

	@PostMapping("/outcome")
	String save(@PathVariable long groupId, @PathVariable long visitId,
			@RequestParam(name = "learned", defaultValue = "") String learned,
			@RequestParam(name = "planChanges", defaultValue = "") String planChanges,
			@RequestParam(name = "planVersionId", defaultValue = "") String planVersionId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		if (!this.outcomes.isOver(page.visit())) {
			redirect.addFlashAttribute("notice", "visit.outcome.notice.notYet");
			return "redirect:" + page.base();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (learned.length() > MAX_TEXT) {
			errors.put("learned", "visit.outcome.error.tooLong");
		}
		if (planChanges.length() > MAX_TEXT) {
			errors.put("planChanges", "visit.outcome.error.tooLong");
		}
		Long versionId = null;
		if (!planVersionId.isBlank()) {
			versionId = this.parts.planVersions(groupId)
				.stream()
				.filter((v) -> String.valueOf(v.id()).equals(planVersionId.strip()))
				.map(VisitParts.PlanVersion::id)
				.findFirst()
				.orElse(null);
			if (versionId == null) {
				errors.put("planVersionId", "visit.outcome.error.planVersion");
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(page, learned, planChanges, planVersionId, version, errors, null, locale, model);
		}
		try {
			this.outcomes.save(visitId, version, clean(learned), clean(planChanges), versionId, user.displayName());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			VisitOutcomes.Outcome theirs = this.outcomes.of(visitId).orElse(null);
			return render(page, learned, planChanges, planVersionId, (theirs != null) ? theirs.version() : -1, Map.of(),
					theirs, locale, model);
		}
		redirect.addFlashAttribute("notice", "visit.outcome.notice.saved");
		return "redirect:" + page.base() + "#outcome";
	}

	/** A participant's feedback: only participants with an account, after the visit. */
	@GetMapping("/feedback")
	String feedback(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		AgendaPages.Page page = feedbackPage(groupId, visitId, user);
		if (!this.outcomes.isOver(page.visit())) {
			redirect.addFlashAttribute("notice", "visit.outcome.notice.notYet");
			return "redirect:" + page.base();
		}
		VisitOutcomes.Feedback given = this.outcomes.feedback(visitId, user.id()).orElse(null);
		return renderFeedback(page, (given != null) ? String.valueOf(given.usefulness()) : "",
				(given != null && given.comment() != null) ? given.comment() : "", Map.of(), locale, model);
	}

	@PostMapping("/feedback")
	String giveFeedback(@PathVariable long groupId, @PathVariable long visitId,
			@RequestParam(name = "usefulness", defaultValue = "") String usefulness,
			@RequestParam(name = "comment", defaultValue = "") String comment,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgendaPages.Page page = feedbackPage(groupId, visitId, user);
		if (!this.outcomes.isOver(page.visit())) {
			redirect.addFlashAttribute("notice", "visit.outcome.notice.notYet");
			return "redirect:" + page.base();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		int score = 0;
		try {
			score = Integer.parseInt(usefulness.strip());
		}
		catch (NumberFormatException ex) {
			score = 0;
		}
		if (score < VisitOutcomes.MIN_USEFULNESS || score > VisitOutcomes.MAX_USEFULNESS) {
			errors.put("usefulness", "visit.feedback.error.usefulness");
		}
		if (comment.length() > MAX_COMMENT) {
			errors.put("comment", "visit.feedback.error.tooLong");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return renderFeedback(page, usefulness, comment, errors, locale, model);
		}
		this.outcomes.giveFeedback(visitId, user.id(), score, clean(comment));
		redirect.addFlashAttribute("notice", "visit.feedback.notice.saved");
		return "redirect:" + page.base() + "#outcome";
	}

	/** 404 for whoever may not see the group, 403 for those who did not take part. */
	private AgendaPages.Page feedbackPage(long groupId, long visitId, CurrentUser user) {
		AgendaPages.Page page = this.pages.read(groupId, visitId, user);
		if (!this.participants.isParticipant(visitId, user.id())) {
			throw new ForbiddenException();
		}
		return page;
	}

	private String render(AgendaPages.Page page, String learned, String planChanges, String planVersionId, long version,
			Map<String, String> errors, VisitOutcomes.Outcome theirs, Locale locale, Model model) {
		this.pages.common(page, locale, model);
		model.addAttribute("learned", learned);
		model.addAttribute("planChanges", planChanges);
		model.addAttribute("planVersionId", planVersionId);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("theirs", theirs);
		model.addAttribute("planVersions", this.parts.planVersions(page.visit().groupId()));
		return "visits/outcome";
	}

	private String renderFeedback(AgendaPages.Page page, String usefulness, String comment, Map<String, String> errors,
			Locale locale, Model model) {
		this.pages.common(page, locale, model);
		model.addAttribute("usefulness", usefulness);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		return "visits/feedback";
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.replace("\r\n", "\n").strip();
	}

}
