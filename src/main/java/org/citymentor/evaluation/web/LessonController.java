package org.citymentor.evaluation.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citymentor.access.Access;
import org.citymentor.evaluation.Lessons;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Lessons learned of a group: its members write them for their organisation, tagged with
 * the programme's themes, and say whether they may be published; the programme's
 * coordinators publish the consented ones to the lessons page.
 */
@Controller
class LessonController {

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 5_000;

	private final EvaluationPages pages;

	private final Lessons lessons;

	private final Access access;

	private final Programmes programmes;

	private final Themes themes;

	private final MessageSource messages;

	LessonController(EvaluationPages pages, Lessons lessons, Access access, Programmes programmes, Themes themes,
			MessageSource messages) {
		this.pages = pages;
		this.lessons = lessons;
		this.access = access;
		this.programmes = programmes;
		this.themes = themes;
		this.messages = messages;
	}

	@GetMapping("/groups/{groupId}/lessons/new")
	String add(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		EvaluationPages.Context context = this.pages.member(groupId, user);
		return render(context, null, "", "", List.of(), false, -1, Map.of(), locale, model);
	}

	@PostMapping("/groups/{groupId}/lessons")
	String create(@PathVariable long groupId, @RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "themeIds", required = false) List<String> themeIds,
			@RequestParam(name = "consent", defaultValue = "false") boolean consent,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		EvaluationPages.Context context = this.pages.member(groupId, user);
		List<String> typedThemes = (themeIds != null) ? themeIds : List.of();
		Map<String, String> errors = new LinkedHashMap<>();
		Lessons.LessonInput input = validate(context, title, body, typedThemes, consent, errors, locale);
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(context, null, title, body, typedThemes, consent, -1, errors, locale, model);
		}
		this.lessons.write(groupId, context.ownParticipantId(), input);
		redirect.addFlashAttribute("notice", "evaluation.lesson.notice.saved");
		return "redirect:" + context.base() + "#lessons";
	}

	@GetMapping("/groups/{groupId}/lessons/{lessonId}/edit")
	String edit(@PathVariable long groupId, @PathVariable long lessonId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		EvaluationPages.Context context = this.pages.read(groupId, user);
		Lessons.Lesson lesson = own(context, lessonId, user);
		return render(context, lesson, lesson.title(), lesson.body(),
				lesson.themeIds().stream().map(String::valueOf).toList(), lesson.consent(), lesson.version(), Map.of(),
				locale, model);
	}

	@PostMapping("/groups/{groupId}/lessons/{lessonId}")
	String update(@PathVariable long groupId, @PathVariable long lessonId,
			@RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "themeIds", required = false) List<String> themeIds,
			@RequestParam(name = "consent", defaultValue = "false") boolean consent,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		EvaluationPages.Context context = this.pages.read(groupId, user);
		Lessons.Lesson lesson = own(context, lessonId, user);
		List<String> typedThemes = (themeIds != null) ? themeIds : List.of();
		Map<String, String> errors = new LinkedHashMap<>();
		Lessons.LessonInput input = validate(context, title, body, typedThemes, consent, errors, locale);
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(context, lesson, title, body, typedThemes, consent, version, errors, locale, model);
		}
		try {
			this.lessons.update(lessonId, version, input);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			errors.put("title", "evaluation.lesson.error.stale");
			Lessons.Lesson theirs = this.lessons.require(groupId, lessonId);
			return render(context, theirs, title, body, typedThemes, consent, theirs.version(), errors, locale, model);
		}
		redirect.addFlashAttribute("notice", "evaluation.lesson.notice.saved");
		return "redirect:" + context.base() + "#lessons";
	}

	@PostMapping("/groups/{groupId}/lessons/{lessonId}/publish")
	String publish(@PathVariable long groupId, @PathVariable long lessonId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		this.lessons.require(groupId, lessonId);
		boolean published = this.lessons.publish(lessonId, user.displayName());
		redirect.addFlashAttribute("notice",
				published ? "evaluation.lesson.notice.published" : "evaluation.lesson.notice.noConsent");
		return "redirect:" + context.base() + "#lessons";
	}

	@PostMapping("/groups/{groupId}/lessons/{lessonId}/unpublish")
	String unpublish(@PathVariable long groupId, @PathVariable long lessonId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		EvaluationPages.Context context = this.pages.manage(groupId, user);
		this.lessons.require(groupId, lessonId);
		this.lessons.unpublish(lessonId);
		redirect.addFlashAttribute("notice", "evaluation.lesson.notice.unpublished");
		return "redirect:" + context.base() + "#lessons";
	}

	/**
	 * 404 for a lesson of another group, 403 for those who do not write for its
	 * organisation.
	 */
	private Lessons.Lesson own(EvaluationPages.Context context, long lessonId, CurrentUser user) {
		Lessons.Lesson lesson = this.lessons.require(context.group().id(), lessonId);
		if (!this.access.mayEditParticipant(user, context.group().id(), lesson.participantId())) {
			throw new ForbiddenException();
		}
		return lesson;
	}

	private Lessons.LessonInput validate(EvaluationPages.Context context, String title, String body,
			List<String> themeIds, boolean consent, Map<String, String> errors, Locale locale) {
		if (title.isBlank()) {
			errors.put("title", "evaluation.lesson.error.title");
		}
		else if (title.length() > MAX_TITLE) {
			errors.put("title", "evaluation.lesson.error.titleTooLong");
		}
		if (body.isBlank()) {
			errors.put("body", "evaluation.lesson.error.body");
		}
		else if (body.length() > MAX_BODY) {
			errors.put("body", "evaluation.lesson.error.bodyTooLong");
		}
		Set<String> offered = new HashSet<>(themeOptions(context, locale).stream().map(Option::value).toList());
		Set<Long> chosen = new HashSet<>();
		for (String id : themeIds) {
			if (!offered.contains(id)) {
				errors.put("themeIds", "evaluation.lesson.error.theme");
				break;
			}
			chosen.add(Long.valueOf(id));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new Lessons.LessonInput(title.strip(), body.replace("\r\n", "\n").strip(), chosen, consent);
	}

	/** The programme's themes; every theme when the programme names none. */
	private List<Option> themeOptions(EvaluationPages.Context context, Locale locale) {
		Set<Long> ids = this.programmes.details(context.group().programmeId()).data().themeIds();
		if (ids.isEmpty()) {
			return this.themes.options(locale);
		}
		return this.themes.labels(ids, locale)
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.map((e) -> new Option(String.valueOf(e.getKey()), e.getValue()))
			.toList();
	}

	private String render(EvaluationPages.Context context, Lessons.Lesson lesson, String title, String body,
			List<String> themeIds, boolean consent, long version, Map<String, String> errors, Locale locale,
			Model model) {
		String heading = (lesson == null) ? "evaluation.lesson.new" : "evaluation.lesson.edit";
		this.pages.common(context, locale, model,
				new EvaluationPages.Crumb(this.messages.getMessage(heading, null, locale), (lesson == null)
						? context.base() : "/groups/" + context.group().id() + "/lessons/" + lesson.id() + "/edit"));
		model.addAttribute("heading", heading);
		model.addAttribute("lesson", lesson);
		model.addAttribute("lessonTitle", title);
		model.addAttribute("lessonBody", body);
		model.addAttribute("themeIds", themeIds);
		model.addAttribute("consent", consent);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("themeOptions", themeOptions(context, locale));
		model.addAttribute("action", (lesson == null) ? "/groups/" + context.group().id() + "/lessons"
				: "/groups/" + context.group().id() + "/lessons/" + lesson.id());
		return "evaluation/lesson-form";
	}

}
