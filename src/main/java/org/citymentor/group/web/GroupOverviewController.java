package org.citymentor.group.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.access.ViewerAccess;
import org.citymentor.group.GroupOverview;
import org.citymentor.group.GroupOverview.Filter;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Journeys;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Countries;
import org.citymentor.shared.web.CsvWriter;
import org.citymentor.shared.web.Labels;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The groups of a programme in one table: coordinators see all of them with filters,
 * sorting and a CSV export; members see the groups they belong to.
 */
@Controller
class GroupOverviewController {

	private final GroupOverview overview;

	private final Journeys journeys;

	private final Themes themes;

	private final Access access;

	private final Labels labels;

	private final MessageSource messages;

	GroupOverviewController(GroupOverview overview, Journeys journeys, Themes themes, Access access, Labels labels,
			MessageSource messages) {
		this.overview = overview;
		this.journeys = journeys;
		this.themes = themes;
		this.access = access;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping("/programmes/{id}/groups")
	String overview(@PathVariable long id, @RequestParam(name = "theme", required = false) Long theme,
			@RequestParam(name = "status", required = false) GroupStatus status,
			@RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "sort", required = false) GroupOverview.Sort sort,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		ViewerAccess viewer = this.access.viewerAccess(user);
		if (!viewer.mayViewProgramme(id)) {
			throw new NotFoundException();
		}
		boolean coordinates = viewer.coordinates(id);
		Filter filter = new Filter(theme, status, Countries.isCountry(country) ? country : null, sort);
		Journeys.Programme programme = this.journeys.programmes(List.of(id)).get(id);
		if (programme == null) {
			throw new NotFoundException();
		}
		model.addAttribute("programme", programme);
		model.addAttribute("coordinates", coordinates);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.overview.rows(id, filter,
				coordinates ? null : viewer.participantByGroup().keySet(), page, GroupOverview.PAGE_SIZE));
		model.addAttribute("stepKeys", this.overview.stepKeys());
		model.addAttribute("query", query(filter));
		model.addAttribute("baseUrl",
				"/programmes/" + id + "/groups" + query(filter) + (query(filter).isEmpty() ? "?" : "&"));
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("statusOptions", this.labels.of(GroupStatus.values(), "group.status", locale));
		model.addAttribute("sortOptions", this.labels.of(GroupOverview.Sort.values(), "overview.sort", locale));
		model.addAttribute("countries", Countries.countryOptions(locale));
		return "groups/overview";
	}

	@GetMapping("/programmes/{id}/groups.csv")
	void csv(@PathVariable long id, @RequestParam(name = "theme", required = false) Long theme,
			@RequestParam(name = "status", required = false) GroupStatus status,
			@RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "sort", required = false) GroupOverview.Sort sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Locale locale) throws IOException {
		this.access.requireViewProgramme(user, id);
		if (!this.access.coordinatesProgramme(user, id)) {
			throw new org.citymentor.shared.web.ForbiddenException();
		}
		Filter filter = new Filter(theme, status, Countries.isCountry(country) ? country : null, sort);
		GroupOverview.Page all = this.overview.rows(id, filter, null, 0, 0);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"groups-" + id + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter out = response.getWriter();
		CsvWriter csv = new CsvWriter(out);
		List<String> stepKeys = this.overview.stepKeys();
		List<String> header = new java.util.ArrayList<>(List.of(msg("overview.group", locale),
				msg("group.side.MENTEE", locale), msg("group.side.MENTOR", locale), msg("group.status", locale),
				msg("journey.task.MATCHING", locale), msg("overview.lastActivity", locale),
				msg("overview.quiet", locale)));
		stepKeys.forEach((key) -> header.add(msg("journey.task." + key, locale)));
		csv.row(header);
		for (GroupOverview.Row row : all.rows()) {
			List<String> cells = new java.util.ArrayList<>(List.of(row.title(), names(row.mentees()),
					names(row.mentors()), msg("group.status." + row.status(), locale),
					msg("journey.status." + row.matching(), locale), row.lastActivityAt().toString(),
					row.quiet() ? msg("overview.quiet.yes", locale) : ""));
			stepKeys.forEach((key) -> cells.add(msg("journey.status." + row.steps().get(key), locale)
					+ ((row.details().get(key) != null) ? " (" + row.details().get(key) + ")" : "")));
			csv.row(cells);
		}
		out.flush();
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String names(List<GroupOverview.Organisation> organisations) {
		return organisations.stream().map(GroupOverview.Organisation::name).collect(Collectors.joining("; "));
	}

	private static String query(Filter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("theme", java.util.Optional.ofNullable(filter.themeId()))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
			.queryParamIfPresent("country", java.util.Optional.ofNullable(filter.country()))
			.queryParam("sort", filter.sort())
			.build()
			.encode()
			.toUriString();
	}

}
