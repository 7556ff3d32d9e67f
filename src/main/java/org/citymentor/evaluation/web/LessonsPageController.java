package org.citymentor.evaluation.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.evaluation.Lessons;
import org.citymentor.programme.Themes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published lessons of every programme, for every signed-in person: by theme, newest
 * first, 20 a page. Organisations are named, people never.
 */
@Controller
class LessonsPageController {

	private final Lessons lessons;

	private final Themes themes;

	LessonsPageController(Lessons lessons, Themes themes) {
		this.lessons = lessons;
		this.themes = themes;
	}

	@GetMapping("/lessons")
	String list(@RequestParam(name = "theme", required = false) String theme,
			@RequestParam(name = "page", defaultValue = "0") String page, Locale locale, Model model) {
		Long themeId = parse(theme);
		int number = (parse(page) != null) ? Math.toIntExact(Math.min(parse(page), 100_000)) : 0;
		Lessons.PublishedPage found = this.lessons.published(themeId, number);
		Set<Long> shownThemes = found.lessons()
			.stream()
			.flatMap((l) -> l.themeIds().stream())
			.collect(Collectors.toSet());
		model.addAttribute("page", found);
		model.addAttribute("theme", (themeId != null) ? String.valueOf(themeId) : "");
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("themeLabels", this.themes.labels(shownThemes, locale));
		model.addAttribute("baseUrl", (themeId != null) ? "/lessons?theme=" + themeId + "&" : "/lessons?");
		return "evaluation/lessons";
	}

	private static Long parse(String value) {
		if (value == null || !value.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Long.valueOf(value.strip());
	}

}
