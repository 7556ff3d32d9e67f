package org.citymentor.learning.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.learning.Reach;
import org.citymentor.programme.GoalsAndActions;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.CsvWriter;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reach of a programme's learning networks, for its coordinators, with a CSV export.
 */
@Controller
class ReachController {

	private static final int PAGE_SIZE = 50;

	private final Access access;

	private final Reach reach;

	private final Programmes programmes;

	private final GoalsAndActions goals;

	private final MessageSource messages;

	ReachController(Access access, Reach reach, Programmes programmes, GoalsAndActions goals, MessageSource messages) {
		this.access = access;
		this.reach = reach;
		this.programmes = programmes;
		this.goals = goals;
		this.messages = messages;
	}

	@GetMapping("/programmes/{id}/reach")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long action, @RequestParam(defaultValue = "0") int page, Model model) {
		this.access.requireEditProgramme(user, id);
		Long actionId = checkedAction(id, action);
		Reach.Figures figures = this.reach.of(id, actionId);
		List<Reach.Municipality> all = new java.util.ArrayList<>(figures.reached());
		all.addAll(figures.neverReached());
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("programme", this.programmes.details(id));
		model.addAttribute("programmeId", id);
		model.addAttribute("figures", figures);
		model.addAttribute("action", actionId);
		model.addAttribute("actionOptions", actionOptions(id));
		model.addAttribute("rows", all.subList(current * PAGE_SIZE, Math.min(all.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("page", new org.springframework.data.domain.PageImpl<>(List.of(),
				org.springframework.data.domain.PageRequest.of(current, PAGE_SIZE), all.size()));
		model.addAttribute("baseUrl",
				"/programmes/" + id + "/reach?" + ((actionId != null) ? "action=" + actionId + "&" : ""));
		return "learning/reach";
	}

	@GetMapping("/programmes/{id}/reach.csv")
	void csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long action, Locale locale, HttpServletResponse response)
			throws IOException {
		this.access.requireEditProgramme(user, id);
		Reach.Figures figures = this.reach.of(id, checkedAction(id, action));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("reach-" + id + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		PrintWriter out = response.getWriter();
		CsvWriter csv = new CsvWriter(out);
		csv.row(List.of(text("learning.reach.csv.municipality", locale), text("learning.reach.csv.population", locale),
				text("learning.reach.csv.band", locale), text("learning.reach.csv.sessions", locale),
				text("learning.reach.csv.reached", locale)));
		for (Reach.Municipality m : figures.municipalities()) {
			csv.row(List.of(m.name(), (m.population() != null) ? String.valueOf(m.population()) : "",
					text("learning.reach.band." + m.band(), locale), String.valueOf(m.sessionsAttended()),
					text(m.reached() ? "learning.reach.csv.yes" : "learning.reach.csv.no", locale)));
		}
		out.flush();
	}

	private Long checkedAction(long programmeId, Long action) {
		return (action != null && this.goals.actionBelongs(programmeId, action)) ? action : null;
	}

	private List<Option> actionOptions(long programmeId) {
		return this.goals.of(programmeId)
			.stream()
			.flatMap((goal) -> goal.actions().stream())
			.map((a) -> new Option(String.valueOf(a.id()), a.label()))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
