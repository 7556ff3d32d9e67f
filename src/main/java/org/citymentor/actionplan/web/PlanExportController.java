package org.citymentor.actionplan.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.actionplan.PlanApprovals;
import org.citymentor.actionplan.PlanCsv;
import org.citymentor.actionplan.PlanDocx;
import org.citymentor.actionplan.PlanExportHistory;
import org.citymentor.actionplan.PlanPrint;
import org.citymentor.actionplan.PlanPrints;
import org.citymentor.actionplan.web.PlanPages.Plan;
import org.citymentor.activity.Activities;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormVersions;
import org.citymentor.form.FormVersions.Version;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan as annex 6 prints it (print view, PDF, DOCX), its actions and progress updates
 * as CSV, and the documents as they were approved. Whoever reads the plan page may
 * export: the latest version by default, an earlier one with {@code version}, the draft
 * with {@code draft=true} for those who may read it.
 */
@Controller
class PlanExportController {

	private static final String BASE = "/groups/{groupId}/participants/{participantId}/action-plan";

	private final PlanPages pages;

	private final PlanPrints prints;

	private final PlanPdf pdf;

	private final PlanDocx docx;

	private final PlanCsv csv;

	private final PlanApprovals approvals;

	private final FormVersions versions;

	private final PlanExportHistory history;

	private final MessageSource messages;

	PlanExportController(PlanPages pages, PlanPrints prints, PlanPdf pdf, PlanDocx docx, PlanCsv csv,
			PlanApprovals approvals, FormVersions versions, PlanExportHistory history, MessageSource messages) {
		this.pages = pages;
		this.prints = prints;
		this.pdf = pdf;
		this.docx = docx;
		this.csv = csv;
		this.approvals = approvals;
		this.versions = versions;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping(BASE + "/print")
	String print(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "version", required = false) Integer number,
			@RequestParam(name = "draft", defaultValue = "false") boolean draft,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		PlanPrint print = this.prints.of(groupId, participantId, plan.documentId(), shown(plan, number, draft), locale);
		model.addAllAttributes(this.pdf.model(print, plan.scope().baseUrl(), false));
		return "actionplan/print";
	}

	/** The PDF, the DOCX or the CSV of the actions, by the address's ending. */
	@GetMapping({ BASE + ".pdf", BASE + ".docx", BASE + "/actions.csv" })
	void download(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "version", required = false) Integer number,
			@RequestParam(name = "draft", defaultValue = "false") boolean draft,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		Version version = shown(plan, number, draft);
		PlanPrint print = this.prints.of(plan.group(), plan.scope().organisationNames(), participantId,
				plan.documentId(), version, locale);
		String uri = request.getRequestURI();
		String format;
		if (uri.endsWith(".pdf")) {
			format = "PDF";
			send(response, "application/pdf", name(participantId, version, "pdf"), this.pdf.render(print, locale));
		}
		else if (uri.endsWith(".docx")) {
			format = "DOCX";
			send(response, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					name(participantId, version, "docx"), this.docx.render(print, locale));
		}
		else {
			format = "CSV";
			this.csv.actions(print, locale, csv(response, name(participantId, version, "actions.csv")));
		}
		String which = print.draft() ? this.messages.getMessage("planExport.draft", null, locale)
				: this.messages.getMessage("planExport.versionN", new Object[] { print.version() }, locale);
		this.history.exported(plan.group(), new Activities.Actor(user.id(), user.displayName()), this.messages
			.getMessage("planExport.activity", new Object[] { print.mentee(), which, format }, locale));
	}

	/** Progress updates and observations; their notes only for the group's members. */
	@GetMapping(BASE + "/progress.csv")
	void progress(@PathVariable long groupId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		FormScope scope = plan.scope();
		boolean draft = scope.mayReadDraft();
		if (!draft && this.versions.of(plan.documentId()).isEmpty()) {
			throw new NotFoundException();
		}
		PrintWriter out = csv(response, "action-plan-" + participantId + "-progress.csv");
		this.csv.progress(plan.documentId(), this.prints.actionsByKey(plan.documentId(), draft, locale),
				scope.permissions().comment(), locale, out);
		record(groupId, user,
				this.messages.getMessage("planExport.activity.progress", new Object[] { scope.caption() }, locale));
	}

	/** The PDF exactly as it was approved. */
	@GetMapping(BASE + "/approvals/{approvalId}.pdf")
	void approved(@PathVariable long groupId, @PathVariable long participantId, @PathVariable long approvalId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		byte[] bytes = this.approvals.pdf(plan.documentId(), approvalId);
		PlanApprovals.Approval approval = this.approvals.of(plan.documentId())
			.stream()
			.filter((a) -> a.id() == approvalId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		send(response, "application/pdf", "action-plan-" + participantId + "-v" + approval.number() + "-approved.pdf",
				bytes);
	}

	/**
	 * The version to show: the one asked for, else the latest; the draft when asked for
	 * (or when nothing was submitted yet) for those who may read it.
	 */
	private Version shown(Plan plan, Integer number, boolean draft) {
		FormScope scope = plan.scope();
		if (draft) {
			if (!scope.mayReadDraft()) {
				throw new ForbiddenException();
			}
			return null;
		}
		if (number != null) {
			return this.versions.require(plan.documentId(), number);
		}
		List<Version> all = this.versions.of(plan.documentId());
		if (!all.isEmpty()) {
			return all.get(0);
		}
		if (scope.mayReadDraft()) {
			return null;
		}
		throw new NotFoundException();
	}

	private void record(long groupId, CurrentUser user, String subject) {
		this.history.exported(groupId, new Activities.Actor(user.id(), user.displayName()), subject);
	}

	private static String name(long participantId, Version version, String extension) {
		return "action-plan-" + participantId + ((version != null) ? "-v" + version.number() : "-draft") + "."
				+ extension;
	}

	private static void send(HttpServletResponse response, String type, String name, byte[] bytes) throws IOException {
		response.setContentType(type);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private static PrintWriter csv(HttpServletResponse response, String name) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		return response.getWriter();
	}

}
