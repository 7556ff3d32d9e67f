package org.citymentor.form.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.DraftAnswers.SaveResult;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormLifecycle;
import org.citymentor.form.FormLockedException;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormVersions;
import org.citymentor.form.Question;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.citymentor.form.FormRoutes.ACTION_PLAN;
import static org.citymentor.form.FormRoutes.LOCAL_CONTEXT;
import static org.citymentor.form.FormRoutes.MENTOR_PROFILE;
import static org.citymentor.form.FormRoutes.NATIONAL_CONTEXT;
import static org.citymentor.form.FormRoutes.NEEDS_ANALYSIS;

/**
 * Filling a form: its task list of parts, one page per part (saved on every "save and
 * continue", autosaved with JavaScript), check your answers, submit, reopen, share.
 */
@Controller
class FormController {

	private final FormPageSupport support;

	private final DraftAnswers drafts;

	private final FormVersions versions;

	private final FormLifecycle lifecycle;

	FormController(FormPageSupport support, DraftAnswers drafts, FormVersions versions, FormLifecycle lifecycle) {
		this.support = support;
		this.drafts = drafts;
		this.versions = versions;
		this.lifecycle = lifecycle;
	}

	@GetMapping({ NEEDS_ANALYSIS, MENTOR_PROFILE, LOCAL_CONTEXT, NATIONAL_CONTEXT })
	String overview(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		this.support.common(scope, model);
		Map<String, Answer> draft = scope.mayReadDraft() ? this.support.draft(scope) : Map.of();
		model.addAttribute("partStatuses", FormPageSupport.partStatuses(scope, draft));
		List<FormVersions.Version> all = this.support.versions(scope);
		model.addAttribute("versions", all);
		model.addAttribute("seen", scope.exists() ? this.versions.seen(scope.document().id()) : List.of());
		if (scope.permissions().otherSide() && !all.isEmpty()) {
			this.versions.seenBy(all.get(0).id(), scope.viewer().organisationId());
		}
		return "forms/overview";
	}

	@GetMapping({ ACTION_PLAN + "/parts/{part}", NEEDS_ANALYSIS + "/parts/{part}", MENTOR_PROFILE + "/parts/{part}",
			LOCAL_CONTEXT + "/parts/{part}", NATIONAL_CONTEXT + "/parts/{part}" })
	String edit(@PathVariable String part, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		questionsOf(scope, part);
		if (scope.exists() && scope.document().isSubmitted()) {
			return "redirect:" + scope.baseUrl();
		}
		Map<String, Answer> draft = this.support.draft(scope);
		return renderPart(scope, part, draft, null, Map.of(), model);
	}

	@PostMapping({ ACTION_PLAN + "/parts/{part}", NEEDS_ANALYSIS + "/parts/{part}", MENTOR_PROFILE + "/parts/{part}",
			LOCAL_CONTEXT + "/parts/{part}", NATIONAL_CONTEXT + "/parts/{part}" })
	String save(@PathVariable String part, @RequestParam MultiValueMap<String, String> params,
			HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		List<Question> questions = questionsOf(scope, part);
		AnswerParser.Parsed typed = AnswerParser.parse(questions, params, allowed(scope));
		FormDocument document = scope.exists() ? scope.document() : scope.opener().get();
		Map<String, Answer> mine = keepTheirs(typed.answers(), params);
		SaveResult result;
		try {
			result = this.drafts.save(document.id(), mine, shown(params), scope.viewer().name());
		}
		catch (FormLockedException ex) {
			redirect.addFlashAttribute("notice", "form.notice.locked");
			return "redirect:" + scope.baseUrl();
		}
		if (!typed.errors().isEmpty() || result.hasConflicts()) {
			Map<String, Answer> shownAnswers = new java.util.LinkedHashMap<>(result.draft());
			shownAnswers.putAll(typed.answers());
			model.addAttribute("savedCount", result.saved().size());
			return renderPart(scope, part, shownAnswers, typed, result.conflicts(), model);
		}
		redirect.addFlashAttribute("notice", "form.notice.saved");
		String action = params.getFirst("action");
		if (action != null && action.startsWith("rows:")) {
			String key = action.substring("rows:".length());
			return "redirect:" + scope.baseUrl() + "/parts/" + part
					+ (scope.definition().question(key).isPresent() ? "#q-" + key : "");
		}
		if ("continue".equals(action)) {
			List<String> parts = scope.definition().parts();
			int next = parts.indexOf(part) + 1;
			return "redirect:" + scope.baseUrl() + ((next < parts.size()) ? "/parts/" + parts.get(next) : "/check");
		}
		return "redirect:" + scope.baseUrl();
	}

	/**
	 * The autosave of a part (htmx): saves what can be saved and answers with a status
	 * line.
	 */
	@PostMapping({ ACTION_PLAN + "/autosave", NEEDS_ANALYSIS + "/autosave", MENTOR_PROFILE + "/autosave",
			LOCAL_CONTEXT + "/autosave", NATIONAL_CONTEXT + "/autosave" })
	String autosave(@RequestParam(name = "part") String part, @RequestParam MultiValueMap<String, String> params,
			HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		List<Question> questions = questionsOf(scope, part);
		AnswerParser.Parsed typed = AnswerParser.parse(questions, params, allowed(scope));
		FormDocument document = scope.exists() ? scope.document() : scope.opener().get();
		try {
			SaveResult result = this.drafts.save(document.id(), typed.answers(), shown(params), scope.viewer().name());
			model.addAttribute("result", result);
			model.addAttribute("invalid", typed.errors().size());
			model.addAttribute("savedAt", java.time.Instant.now());
		}
		catch (FormLockedException ex) {
			model.addAttribute("locked", true);
		}
		return "forms/_autosave :: status";
	}

	@GetMapping({ NEEDS_ANALYSIS + "/check", MENTOR_PROFILE + "/check", LOCAL_CONTEXT + "/check",
			NATIONAL_CONTEXT + "/check" })
	String check(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		if (!scope.exists() || scope.document().isSubmitted()) {
			return "redirect:" + scope.baseUrl();
		}
		this.support.common(scope, model);
		Map<String, Answer> draft = this.support.draft(scope);
		model.addAttribute("questions", QuestionView.of(scope.definition(), scope.definition().questions(), draft, null,
				Map.of(), Map.of(), scope.options(), draft));
		model.addAttribute("partStatuses", FormPageSupport.partStatuses(scope, draft));
		return "forms/check";
	}

	@PostMapping({ NEEDS_ANALYSIS + "/submit", MENTOR_PROFILE + "/submit", LOCAL_CONTEXT + "/submit",
			NATIONAL_CONTEXT + "/submit" })
	String submit(@RequestParam(name = "version", defaultValue = "-1") long version, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		if (!scope.exists()) {
			throw new NotFoundException();
		}
		try {
			this.lifecycle.submit(scope, version);
			redirect.addFlashAttribute("notice", "form.notice.submitted");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("notice", "form.notice.changedMeanwhile");
			return "redirect:" + scope.baseUrl() + "/check";
		}
		return "redirect:" + scope.baseUrl();
	}

	@PostMapping({ NEEDS_ANALYSIS + "/reopen", MENTOR_PROFILE + "/reopen", LOCAL_CONTEXT + "/reopen",
			NATIONAL_CONTEXT + "/reopen" })
	String reopen(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Locale locale,
			RedirectAttributes redirect) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		if (!scope.exists()) {
			throw new NotFoundException();
		}
		this.lifecycle.reopen(scope);
		redirect.addFlashAttribute("notice", "form.notice.reopened");
		return "redirect:" + scope.baseUrl();
	}

	@PostMapping({ ACTION_PLAN + "/share", NEEDS_ANALYSIS + "/share", MENTOR_PROFILE + "/share",
			LOCAL_CONTEXT + "/share", NATIONAL_CONTEXT + "/share" })
	String share(@RequestParam(name = "shared", defaultValue = "true") boolean shared, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		FormScope scope = this.support.scope(request, user, locale);
		FormPageSupport.requireEdit(scope);
		if (!scope.permissions().share()) {
			throw new org.citymentor.shared.web.ForbiddenException();
		}
		this.lifecycle.share(scope, shared);
		redirect.addFlashAttribute("notice", shared ? "form.notice.shared" : "form.notice.unshared");
		return "redirect:" + scope.baseUrl();
	}

	private String renderPart(FormScope scope, String part, Map<String, Answer> answers, AnswerParser.Parsed typed,
			Map<String, Answer> conflicts, Model model) {
		List<Question> questions = questionsOf(scope, part);
		this.support.common(scope, model);
		Map<String, Answer> stored = this.support.draft(scope);
		model.addAttribute("part", part);
		model.addAttribute("questions", QuestionView.of(scope.definition(), questions, answers, typed, conflicts,
				this.support.comments(scope), scope.options(), stored));
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("errors", (typed != null) ? typed.errors() : Map.of());
		return "forms/part";
	}

	private static List<Question> questionsOf(FormScope scope, String part) {
		List<Question> questions = scope.definition().part(part);
		if (questions.isEmpty()) {
			throw new NotFoundException();
		}
		return questions;
	}

	private static Map<String, List<String>> allowed(FormScope scope) {
		return scope.options()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(e) -> e.getValue().stream().map(org.citymentor.shared.web.Option::value).toList()));
	}

	private static Map<String, String> shown(MultiValueMap<String, String> params) {
		Map<String, String> shown = new java.util.HashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith("shown.") && !values.isEmpty()) {
				shown.put(name.substring("shown.".length()), values.get(0));
			}
		});
		return shown;
	}

	/**
	 * In a conflict, "keep the saved text" leaves that answer as the other person saved
	 * it.
	 */
	private static Map<String, Answer> keepTheirs(Map<String, Answer> answers, MultiValueMap<String, String> params) {
		Map<String, Answer> mine = new java.util.LinkedHashMap<>(answers);
		params.forEach((name, values) -> {
			if (name.startsWith("keep.") && values.contains("theirs")) {
				mine.remove(name.substring("keep.".length()));
			}
		});
		return mine;
	}

}
