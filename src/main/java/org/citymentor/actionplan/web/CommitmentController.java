package org.citymentor.actionplan.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.citymentor.actionplan.PlanCommitments;
import org.citymentor.actionplan.PlanCommitments.How;
import org.citymentor.actionplan.web.PlanPages.Plan;
import org.citymentor.shared.security.CurrentUser;

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
 * Political commitment: the mentee city records which politicians back its plan, since
 * when and how. It is shown on the plan and is not part of its versions.
 */
@Controller
@RequestMapping("/groups/{groupId}/participants/{participantId}/action-plan/commitments")
class CommitmentController {

	private final PlanPages pages;

	private final PlanCommitments commitments;

	CommitmentController(PlanPages pages, PlanCommitments commitments) {
		this.pages = pages;
		this.commitments = commitments;
	}

	@GetMapping("/new")
	String form(@PathVariable long groupId, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		this.pages.common(plan, model);
		model.addAttribute("input", Map.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("hows", How.values());
		return "actionplan/commitment";
	}

	@PostMapping("/new")
	String add(@PathVariable long groupId, @PathVariable long participantId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		Map<String, String> errors = new LinkedHashMap<>();
		String name = clean(params.get("personName"));
		String office = clean(params.get("office"));
		String note = clean(params.get("note"));
		if (name == null) {
			errors.put("personName", "plan.commitment.error.name");
		}
		else if (name.length() > 200) {
			errors.put("personName", "plan.action.error.tooLong");
		}
		if (office != null && office.length() > 200) {
			errors.put("office", "plan.action.error.tooLong");
		}
		How how = null;
		try {
			how = How.valueOf(String.valueOf(params.get("how")));
		}
		catch (IllegalArgumentException ex) {
			errors.put("how", "plan.commitment.error.how");
		}
		LocalDate since = null;
		String day = clean(params.get("sinceDay"));
		String month = clean(params.get("sinceMonth"));
		String year = clean(params.get("sinceYear"));
		if (day != null || month != null || year != null) {
			try {
				since = LocalDate.of(Integer.parseInt(String.valueOf(year)), Integer.parseInt(String.valueOf(month)),
						(day != null) ? Integer.parseInt(day) : 1);
				if (since.getYear() < 1950 || since.isAfter(LocalDate.now().plusYears(1))) {
					throw new DateTimeException("out of range");
				}
			}
			catch (NumberFormatException | DateTimeException ex) {
				errors.put("sinceMonth", "plan.action.error.date");
			}
		}
		if (note != null && note.length() > 1000) {
			errors.put("note", "plan.action.error.tooLong");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			this.pages.common(plan, model);
			model.addAttribute("input", params);
			model.addAttribute("errors", errors);
			model.addAttribute("hows", How.values());
			return "actionplan/commitment";
		}
		long documentId = plan.scope().exists() ? plan.documentId() : plan.scope().opener().get().id();
		this.commitments.add(documentId, name, office, since, how, note);
		redirect.addFlashAttribute("notice", "plan.notice.commitmentAdded");
		return "redirect:" + plan.scope().baseUrl() + "#commitment";
	}

	@PostMapping("/{commitmentId}/remove")
	String remove(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long commitmentId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		if (!plan.scope().exists()) {
			throw new org.citymentor.shared.web.NotFoundException();
		}
		this.commitments.remove(plan.documentId(), commitmentId);
		redirect.addFlashAttribute("notice", "plan.notice.commitmentRemoved");
		return "redirect:" + plan.scope().baseUrl() + "#commitment";
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
