package org.citymentor.report.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.programme.ProgrammeDetails;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.report.Figures;
import org.citymentor.report.ProgrammeFigures;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.HtmlPdf;
import org.citymentor.shared.web.NotFoundException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programme report: a page with filters, a print view and a PDF of the same figures.
 * For the programme's coordinators and admins; everyone else gets 404.
 */
@Controller
class ReportController {

	private static final String BASE = "/programmes/{programmeId}/report";

	private final Access access;

	private final Programmes programmes;

	private final Themes themes;

	private final ProgrammeFigures figures;

	private final TemplateEngine templates;

	private final DisplayZone zone;

	private final Clock clock;

	private final String css;

	ReportController(Access access, Programmes programmes, Themes themes, ProgrammeFigures figures,
			TemplateEngine templates, DisplayZone zone, Clock clock) {
		this.access = access;
		this.programmes = programmes;
		this.themes = themes;
		this.figures = figures;
		this.templates = templates;
		this.zone = zone;
		this.clock = clock;
		this.css = HtmlPdf.resource("static/css/print.css") + "\n" + HtmlPdf.resource("static/css/report-print.css");
	}

	@GetMapping(BASE)
	String show(@PathVariable long programmeId, @ModelAttribute("filter") ReportFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response) {
		model.addAllAttributes(common(programmeId, user, locale));
		Map<String, String> errors = filter.errors();
		model.addAttribute("errors", errors);
		model.addAttribute("themeOptions", this.themes.options(locale));
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "report/show";
		}
		model.addAttribute("figures", compute(programmeId, filter, locale));
		return "report/show";
	}

	@GetMapping(BASE + "/print")
	String print(@PathVariable long programmeId, @ModelAttribute("filter") ReportFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response) {
		if (!filter.errors().isEmpty()) {
			return show(programmeId, filter, user, locale, model, response);
		}
		model.addAllAttributes(common(programmeId, user, locale));
		model.addAllAttributes(printModel(programmeId, filter, locale, false));
		return "report/print";
	}

	@GetMapping(BASE + ".pdf")
	String pdf(@PathVariable long programmeId, @ModelAttribute("filter") ReportFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response)
			throws IOException {
		if (!filter.errors().isEmpty()) {
			return show(programmeId, filter, user, locale, model, response);
		}
		Map<String, Object> variables = common(programmeId, user, locale);
		variables.putAll(printModel(programmeId, filter, locale, true));
		variables.put("filter", filter);
		String html = this.templates.process("report/print", new Context(locale, variables));
		byte[] pdf = HtmlPdf.render(html);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"programme-" + programmeId + "-report.pdf\"");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
		return null;
	}

	private Map<String, Object> common(long programmeId, CurrentUser user, Locale locale) {
		if (!this.access.coordinatesProgramme(user, programmeId)) {
			throw new NotFoundException();
		}
		ProgrammeDetails programme = this.programmes.details(programmeId);
		Map<String, Object> model = new java.util.LinkedHashMap<>();
		model.put("programme", programme);
		model.put("programmeId", programmeId);
		return model;
	}

	private Map<String, Object> printModel(long programmeId, ReportFilter filter, Locale locale, boolean pdf) {
		Map<String, Object> model = new java.util.LinkedHashMap<>();
		model.put("figures", compute(programmeId, filter, locale));
		model.put("period", filter.period());
		Long theme = filter.themeId();
		model.put("themeLabel",
				(theme != null) ? this.themes.labels(java.util.List.of(theme), locale).get(theme) : null);
		model.put("pdf", pdf);
		model.put("css", this.css);
		model.put("today", LocalDate.now(this.clock.withZone(this.zone.zone())));
		return model;
	}

	private Figures compute(long programmeId, ReportFilter filter, Locale locale) {
		return this.figures.compute(programmeId, filter.period(), filter.themeId(), locale);
	}

}
