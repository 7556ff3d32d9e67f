package org.citymentor.form.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormScopes;
import org.citymentor.form.FormVersions;
import org.citymentor.form.Question;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every form page needs: the scope of the form asked for, and the model of a page.
 */
@Component
class FormPageSupport {

	private final List<FormScopes> scopes;

	private final DraftAnswers drafts;

	private final FormVersions versions;

	private final FormComments comments;

	FormPageSupport(List<FormScopes> scopes, DraftAnswers drafts, FormVersions versions, FormComments comments) {
		this.scopes = scopes.stream()
			.sorted(Comparator.comparing((FormScopes s) -> s.route().length()).reversed())
			.toList();
		this.drafts = drafts;
		this.versions = versions;
		this.comments = comments;
	}

	/** The form of this request for this viewer; 404 when there is none they may see. */
	@SuppressWarnings("unchecked")
	FormScope scope(HttpServletRequest request, CurrentUser user, Locale locale) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		for (FormScopes candidate : this.scopes) {
			String route = candidate.route();
			if (pattern != null && pattern.startsWith(route) && (pattern.length() == route.length()
					|| pattern.charAt(route.length()) == '/' || pattern.charAt(route.length()) == '.')) {
				return candidate.resolve(variables, user, locale);
			}
		}
		throw new NotFoundException();
	}

	static void requireEdit(FormScope scope) {
		if (!scope.permissions().edit()) {
			throw new ForbiddenException();
		}
	}

	/** Only the owner reads a draft, unless they shared it (decisions.md 2). */
	static void requireReadDraft(FormScope scope) {
		if (!scope.mayReadDraft()) {
			throw new ForbiddenException();
		}
	}

	Map<String, Answer> draft(FormScope scope) {
		return scope.exists() ? this.drafts.of(scope.document().id()) : Map.of();
	}

	Map<String, List<FormComments.Comment>> comments(FormScope scope) {
		return scope.exists() ? this.comments.of(scope.document().id()) : Map.of();
	}

	List<FormVersions.Version> versions(FormScope scope) {
		return scope.exists() ? this.versions.of(scope.document().id()) : List.of();
	}

	void common(FormScope scope, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("definition", scope.definition());
		model.addAttribute("parts", scope.definition().parts());
		model.addAttribute("document", scope.document());
	}

	/**
	 * The status of each part: not started, in progress (some answers), completed (all).
	 */
	static Map<String, String> partStatuses(FormScope scope, Map<String, Answer> answers) {
		Map<String, String> statuses = new java.util.LinkedHashMap<>();
		for (String part : scope.definition().parts()) {
			List<Question> questions = scope.definition().part(part);
			long answered = questions.stream()
				.filter((q) -> !answers.getOrDefault(q.key(), Answer.EMPTY).isEmpty())
				.count();
			statuses.put(part,
					(answered == 0) ? "NOT_STARTED" : (answered == questions.size()) ? "COMPLETED" : "IN_PROGRESS");
		}
		return statuses;
	}

}
