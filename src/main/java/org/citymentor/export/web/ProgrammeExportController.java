package org.citymentor.export.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.export.CsvSink;
import org.citymentor.export.Dataset;
import org.citymentor.export.ExportLog;
import org.citymentor.export.ProgrammeExports;
import org.citymentor.export.XlsxSink;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programme's exports page and its spreadsheets, for its coordinators and admins
 * (everyone else gets 404). A download is logged before its first byte is sent.
 */
@Controller
class ProgrammeExportController {

	private static final String BASE = "/programmes/{programmeId}/exports";

	private final Access access;

	private final Programmes programmes;

	private final ProgrammeExports exports;

	private final ExportLog log;

	private final MessageSource messages;

	ProgrammeExportController(Access access, Programmes programmes, ProgrammeExports exports, ExportLog log,
			MessageSource messages) {
		this.access = access;
		this.programmes = programmes;
		this.exports = exports;
		this.log = log;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String page(@PathVariable long programmeId, @AuthenticationPrincipal CurrentUser user, Model model) {
		require(user, programmeId);
		model.addAttribute("programme", this.programmes.details(programmeId));
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("datasets", List.of(Dataset.values()));
		model.addAttribute("hasEvaluations", this.exports.hasEvaluations());
		model.addAttribute("withEmails", user.isAdmin());
		return "export/list";
	}

	@GetMapping(BASE + "/{dataset}.csv")
	void csv(@PathVariable long programmeId, @PathVariable String dataset, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		Dataset which = start(programmeId, dataset, user, "CSV", locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		attachment(response, programmeId, which, "csv");
		PrintWriter out = response.getWriter();
		this.exports.write(programmeId, which, user.isAdmin(), locale, new CsvSink(out));
		out.flush();
	}

	@GetMapping(BASE + "/{dataset}.xlsx")
	void xlsx(@PathVariable long programmeId, @PathVariable String dataset, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		Dataset which = start(programmeId, dataset, user, "XLSX", locale);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		attachment(response, programmeId, which, "xlsx");
		try (XlsxSink sheet = new XlsxSink(which.slug())) {
			this.exports.write(programmeId, which, user.isAdmin(), locale, sheet);
			sheet.writeTo(response.getOutputStream());
		}
	}

	/** Checks who asks and what, and logs the export. */
	private Dataset start(long programmeId, String slug, CurrentUser user, String format, Locale locale) {
		require(user, programmeId);
		Dataset dataset = Dataset.ofSlug(slug).orElseThrow(NotFoundException::new);
		String name = this.messages.getMessage("export.dataset." + dataset.name(), null, locale);
		this.log.programmeExported(programmeId, new Actor(user.id(), user.displayName()),
				this.messages.getMessage("export.activity", new Object[] { name, format }, locale));
		return dataset;
	}

	private void require(CurrentUser user, long programmeId) {
		if (!this.access.coordinatesProgramme(user, programmeId)) {
			throw new NotFoundException();
		}
		this.programmes.details(programmeId);
	}

	private static void attachment(HttpServletResponse response, long programmeId, Dataset dataset, String extension) {
		response.setHeader("Content-Disposition",
				"attachment; filename=\"programme-" + programmeId + "-" + dataset.slug() + "." + extension + "\"");
	}

}
