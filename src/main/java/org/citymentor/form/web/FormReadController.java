package org.citymentor.form.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.form.Answer;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormVersions;
import org.citymentor.form.FormVersions.Version;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * Reading a form: a version or the shared draft with its comments, two versions compared,
 * the print view and the PDF; commenting and resolving comments.
 */
@Controller
class FormReadController {

	private final FormPageSupport support;

	private final FormVersions versions;

	private final FormComments comments;

	private final FormPdf pdf;

	private final org.citymentor.form.FormLifecycle lifecycle;

	FormReadController(FormPageSupport support, FormVersions versions, FormComments comments, FormPdf pdf,
			org.citymentor.form.FormLifecycle lifecycle) {
		this.lifecycle = lifecycle;
		this.support = support;
		this.versions = versions;
		this.comments = comments;
		this.pdf = pdf;
	}

	/**
	 * The draft (owner, or members once shared) or, with {@code version}, a submitted
	 * version.
	 */
	@GetMapping({ NEEDS_ANALYSIS + "/answers", MENTOR_PROFILE + "/answers", LOCAL_CONTEXT + "/answers",
			NATIONAL_CONTEXT + "/answers" })
	String answers(@RequestParam(name = "version", required = false) Integer number, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		Content content = content(scope, number);
		this.support.common(scope, model);
		model.addAttribute("version", content.version());
		model.addAttribute("questions", QuestionView.of(scope.definition(), scope.definition().questions(),
				content.answers(), null, Map.of(), this.support.comments(scope), scope.options(), Map.of()));
		model.addAttribute("versions", this.support.versions(scope));
		if (content.version() != null) {
			model.addAttribute("sources", this.versions.sources(content.version().id()));
			if (scope.permissions().otherSide()) {
				this.versions.seenBy(content.version().id(), scope.viewer().organisationId());
			}
		}
		return "forms/answers";
	}

	@GetMapping({ NEEDS_ANALYSIS + "/compare", MENTOR_PROFILE + "/compare", LOCAL_CONTEXT + "/compare",
			NATIONAL_CONTEXT + "/compare" })
	String compare(@RequestParam(name = "from", defaultValue = "0") int from,
			@RequestParam(name = "to", defaultValue = "0") int to, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		List<Version> all = this.support.versions(scope);
		if (all.isEmpty()) {
			throw new NotFoundException();
		}
		if ((from <= 0) != (to <= 0) && !scope.mayReadDraft()) {
			throw new ForbiddenException();
		}
		if (from <= 0 && to <= 0) {
			to = all.get(0).number();
			from = (all.size() > 1) ? all.get(1).number() : to;
		}
		Content left = content(scope, (from > 0) ? from : null);
		Content right = content(scope, (to > 0) ? to : null);
		this.support.common(scope, model);
		model.addAttribute("from", left.version());
		model.addAttribute("to", right.version());
		model.addAttribute("versions", all);
		model.addAttribute("rows", VersionDiff.rows(scope.definition(), left.answers(), right.answers()));
		return "forms/compare";
	}

	@GetMapping({ NEEDS_ANALYSIS + "/print", MENTOR_PROFILE + "/print", LOCAL_CONTEXT + "/print",
			NATIONAL_CONTEXT + "/print" })
	String print(@RequestParam(name = "version", required = false) Integer number, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		FormScope scope = this.support.scope(request, user, locale);
		Content content = content(scope, number);
		model.addAllAttributes(this.pdf.model(scope, content.version(), content.answers(), false));
		return "forms/print";
	}

	@GetMapping({ NEEDS_ANALYSIS + ".pdf", MENTOR_PROFILE + ".pdf", LOCAL_CONTEXT + ".pdf", NATIONAL_CONTEXT + ".pdf" })
	void download(@RequestParam(name = "version", required = false) Integer number, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		FormScope scope = this.support.scope(request, user, locale);
		Content content = content(scope, number);
		byte[] bytes = this.pdf.render(scope, content.version(), content.answers(), locale);
		response.setContentType("application/pdf");
		String name = request.getRequestURI().replaceAll(".*/", "").replace(".pdf", "");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name
				+ ((content.version() != null) ? "-v" + content.version().number() : "-draft") + ".pdf\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	@PostMapping({ ACTION_PLAN + "/comments", NEEDS_ANALYSIS + "/comments", MENTOR_PROFILE + "/comments",
			LOCAL_CONTEXT + "/comments", NATIONAL_CONTEXT + "/comments" })
	String comment(@RequestParam(name = "question") String questionKey,
			@RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "returnTo", defaultValue = "answers") String returnTo, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		FormScope scope = this.support.scope(request, user, locale);
		if (!scope.permissions().comment() || !scope.exists()) {
			throw new ForbiddenException();
		}
		if (scope.definition().question(questionKey).isEmpty()) {
			throw new NotFoundException();
		}
		String back = scope.baseUrl() + ("edit".equals(returnTo) ? "" : "/answers") + "#q-" + questionKey;
		if (body.isBlank() || body.length() > FormComments.MAX_LENGTH) {
			redirect.addFlashAttribute("commentError", questionKey);
			redirect.addFlashAttribute("commentInput", body);
			redirect.addFlashAttribute("commentErrorKey",
					body.isBlank() ? "form.comment.error.empty" : "form.comment.error.tooLong");
			return "redirect:" + back;
		}
		this.lifecycle.comment(scope, questionKey, body);
		redirect.addFlashAttribute("notice", "form.notice.commented");
		return "redirect:" + back;
	}

	@PostMapping({ NEEDS_ANALYSIS + "/comments/{commentId}/resolve", MENTOR_PROFILE + "/comments/{commentId}/resolve",
			LOCAL_CONTEXT + "/comments/{commentId}/resolve", NATIONAL_CONTEXT + "/comments/{commentId}/resolve" })
	String resolve(@PathVariable long commentId, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		FormScope scope = this.support.scope(request, user, locale);
		if (!scope.permissions().resolve() || !scope.exists()) {
			throw new ForbiddenException();
		}
		if (!this.comments.resolve(scope.document().id(), commentId, scope.viewer().name())) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "form.notice.resolved");
		return "redirect:" + scope.baseUrl() + "/answers";
	}

	/**
	 * The answers to show: a submitted version (any reader), else the draft (owner, or
	 * the group once shared); coordinators without a version see nothing.
	 */
	private Content content(FormScope scope, Integer number) {
		if (!scope.exists()) {
			if (scope.permissions().edit()) {
				return new Content(null, Map.of());
			}
			throw new NotFoundException();
		}
		if (number != null) {
			Version version = this.versions.require(scope.document().id(), number);
			return new Content(version, this.versions.answers(version.id()));
		}
		if (!scope.mayReadDraft() || scope.document().isSubmitted()) {
			List<Version> all = this.versions.of(scope.document().id());
			if (all.isEmpty()) {
				throw new ForbiddenException();
			}
			return new Content(all.get(0), this.versions.answers(all.get(0).id()));
		}
		return new Content(null, this.support.draft(scope));
	}

	private record Content(Version version, Map<String, Answer> answers) {
	}

}
