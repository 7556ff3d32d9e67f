package org.citymentor.export.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.citymentor.access.Access;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.export.ExportLog;
import org.citymentor.export.GroupExports;
import org.citymentor.export.GroupExports.Bundle;
import org.citymentor.group.Groups;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.HtmlPdf;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The full export of a group for its members and its programme's coordinators (and
 * admins); anyone else gets 404.
 */
@Controller
class GroupExportController {

	private final Access access;

	private final Groups groups;

	private final GroupExports exports;

	private final ExportLog log;

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final DisplayZone zone;

	private final Clock clock;

	private final String css;

	GroupExportController(Access access, Groups groups, GroupExports exports, ExportLog log, TemplateEngine templates,
			MessageSource messages, DisplayZone zone, Clock clock) {
		this.access = access;
		this.groups = groups;
		this.exports = exports;
		this.log = log;
		this.templates = templates;
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
		this.css = HtmlPdf.resource("static/css/print.css");
	}

	@GetMapping("/groups/{groupId}/export")
	String page(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireViewGroup(user, groupId);
		model.addAttribute("group", this.groups.details(groupId));
		return "export/group";
	}

	/**
	 * The submitted forms as one PDF: the combined forms first, then each plan version.
	 */
	@GetMapping("/groups/{groupId}/export.pdf")
	void pdf(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		this.access.requireViewGroup(user, groupId);
		Bundle bundle = this.exports.bundle(groupId, locale);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("bundle", bundle);
		model.put("css", this.css);
		model.put("today", LocalDate.now(this.clock.withZone(this.zone.zone())));
		model.put("zone", this.zone.zone());
		byte[] forms = HtmlPdf.render(this.templates.process("export/forms", new Context(locale, model)));
		PDFMergerUtility merger = new PDFMergerUtility();
		merger.addSource(new RandomAccessReadBuffer(forms));
		bundle.planPdfs().forEach((pdf) -> merger.addSource(new RandomAccessReadBuffer(pdf)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		try {
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		record(bundle.programmeId(), groupId, user, "PDF", locale);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"group-" + groupId + "-forms.pdf\"");
		response.setContentLength(out.size());
		out.writeTo(response.getOutputStream());
	}

	/** The group's files as a ZIP, written while the files are read. */
	@GetMapping("/groups/{groupId}/files.zip")
	void zip(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		this.access.requireViewGroup(user, groupId);
		record(this.groups.details(groupId).programmeId(), groupId, user, "ZIP", locale);
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"group-" + groupId + "-files.zip\"");
		this.exports.zip(groupId, locale, response.getOutputStream());
	}

	private void record(long programmeId, long groupId, CurrentUser user, String format, Locale locale) {
		this.log.groupExported(programmeId, groupId, new Actor(user.id(), user.displayName()),
				this.messages.getMessage("export.group.activity", new Object[] { format }, locale));
	}

}
