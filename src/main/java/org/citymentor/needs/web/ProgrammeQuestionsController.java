package org.citymentor.needs.web;

import java.util.List;
import java.util.Set;

import org.citymentor.access.Access;
import org.citymentor.form.Question;
import org.citymentor.needs.NeedsAnalysisQuestions;
import org.citymentor.programme.HiddenQuestions;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which questions of the needs analysis a programme uses. Hidden questions disappear from
 * the form, the check page, the print view and the PDF; answers already given are kept.
 */
@Controller
class ProgrammeQuestionsController {

	private static final String KIND = "NEEDS_ANALYSIS";

	private final Access access;

	private final Programmes programmes;

	private final HiddenQuestions hidden;

	ProgrammeQuestionsController(Access access, Programmes programmes, HiddenQuestions hidden) {
		this.access = access;
		this.programmes = programmes;
		this.hidden = hidden;
	}

	@GetMapping("/programmes/{id}/questions")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireEditProgramme(user, id);
		Set<String> hiddenKeys = this.hidden.of(id, KIND);
		model.addAttribute("programme", this.programmes.details(id));
		model.addAttribute("questions", NeedsAnalysisQuestions.DEFINITION.questions());
		model.addAttribute("prefix", NeedsAnalysisQuestions.DEFINITION.messagePrefix());
		model.addAttribute("hidden", hiddenKeys);
		return "needs/questions";
	}

	@PostMapping("/programmes/{id}/questions")
	String save(@PathVariable long id, @RequestParam(name = "used", required = false) List<String> used,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		List<String> usedKeys = (used != null) ? used : List.of();
		List<String> hiddenKeys = NeedsAnalysisQuestions.DEFINITION.questions()
			.stream()
			.map(Question::key)
			.filter((key) -> !usedKeys.contains(key))
			.toList();
		if (hiddenKeys.size() == NeedsAnalysisQuestions.DEFINITION.questions().size()) {
			redirect.addFlashAttribute("questionsError", true);
			return "redirect:/programmes/" + id + "/questions";
		}
		this.hidden.replace(id, KIND, hiddenKeys);
		redirect.addFlashAttribute("notice", "questions.saved");
		return "redirect:/programmes/" + id;
	}

}
