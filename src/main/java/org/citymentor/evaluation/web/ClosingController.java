package org.citymentor.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.evaluation.Closings;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
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
 * The coordinator's closing summary of a group and closing the group, after a
 * confirmation page. Readers of the group who do not manage it get 403, outsiders 404.
 */
@Controller
@RequestMapping("/groups/{groupId}/evaluation")
class ClosingController {

	static final int MAX_SUMMARY = 10_000;

	private final EvaluationPages pages;

	private final Closings closings;

	private final MessageSource messages;

	ClosingController(EvaluationPages pages, Closings closings, MessageSource messages) {
		this.pages = pages;
		this.closings = closings;
		this.messages = messages;
	}

	@GetMapping("/closing")
	String edit(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		Closings.Closing closing = this.closings.of(groupId).orElse(null);
		return render(context, (closing != null) ? closing.summary() : "",
				(closing != null) ? closing.outcome().name() : "", (closing != null) ? closing.version() : -1, Map.of(),
				null, locale, model);
	}

	@PostMapping("/closing")
	String save(@PathVariable long groupId, @RequestParam(name = "summary", defaultValue = "") String summary,
			@RequestParam(name = "outcome", defaultValue = "") String outcome,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		Map<String, String> errors = new LinkedHashMap<>();
		if (summary.isBlank()) {
			errors.put("summary", "evaluation.closing.error.summary");
		}
		else if (summary.length() > MAX_SUMMARY) {
			errors.put("summary", "evaluation.error.tooLong");
		}
		Closings.Outcome chosen = outcomes().stream().filter((o) -> o.name().equals(outcome)).findFirst().orElse(null);
		if (chosen == null) {
			errors.put("outcome", "evaluation.closing.error.outcome");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(context, summary, outcome, version, errors, null, locale, model);
		}
		try {
			this.closings.saveSummary(groupId, version, summary.replace("\r\n", "\n").strip(), chosen,
					user.displayName());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Closings.Closing theirs = this.closings.of(groupId).orElse(null);
			return render(context, summary, outcome, (theirs != null) ? theirs.version() : -1, Map.of(), theirs, locale,
					model);
		}
		redirect.addFlashAttribute("notice", "evaluation.closing.notice.saved");
		return "redirect:" + context.base() + "#closing";
	}

	@GetMapping("/close")
	String confirm(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		if (this.closings.of(groupId).isEmpty()) {
			redirect.addFlashAttribute("notice", "evaluation.close.notice.summaryFirst");
			return "redirect:" + context.base() + "/closing";
		}
		if (context.closed()) {
			redirect.addFlashAttribute("notice", "evaluation.close.notice.alreadyClosed");
			return "redirect:" + context.base();
		}
		this.pages.common(context, locale, model, new EvaluationPages.Crumb(
				this.messages.getMessage("evaluation.close.title", null, locale), context.base() + "/close"));
		return "evaluation/close";
	}

	@PostMapping("/close")
	String close(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		if (this.closings.of(groupId).isEmpty()) {
			redirect.addFlashAttribute("notice", "evaluation.close.notice.summaryFirst");
			return "redirect:" + context.base() + "/closing";
		}
		if (!context.closed()) {
			this.closings.close(groupId, new Actor(user.id(), user.displayName()));
		}
		redirect.addFlashAttribute("notice", "evaluation.close.notice.closed");
		return "redirect:" + context.base();
	}

	private String render(EvaluationPages.Context context, String summary, String outcome, long version,
			Map<String, String> errors, Closings.Closing theirs, Locale locale, Model model) {
		this.pages.common(context, locale, model, new EvaluationPages.Crumb(
				this.messages.getMessage("evaluation.closing.title", null, locale), context.base() + "/closing"));
		model.addAttribute("summary", summary);
		model.addAttribute("outcome", outcome);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("theirs", theirs);
		model.addAttribute("outcomes", outcomes());
		return "evaluation/closing";
	}

	private static List<Closings.Outcome> outcomes() {
		return List.of(Closings.Outcome.values());
	}

}
