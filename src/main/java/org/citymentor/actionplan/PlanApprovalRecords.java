package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.Locale;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.actionplan.PlanApprovals.Body;
import org.citymentor.form.FormVersions;

import org.springframework.stereotype.Service;

/**
 * Records the approval of a plan's latest version outside a web request (the demo data):
 * renders the version's PDF with its approval line and stores it with the approval.
 */
@Service
public class PlanApprovalRecords {

	private final PlanPrints prints;

	private final PlanPdfRenderer pdf;

	private final PlanExportHistory history;

	private final FormVersions versions;

	PlanApprovalRecords(PlanPrints prints, PlanPdfRenderer pdf, PlanExportHistory history, FormVersions versions) {
		this.prints = prints;
		this.pdf = pdf;
		this.history = history;
		this.versions = versions;
	}

	public long approve(long groupId, long participantId, long documentId, int number, Body body, LocalDate decidedOn,
			String reference, Actor actor, String subject, Locale locale) {
		FormVersions.Version version = this.versions.require(documentId, number);
		PlanPrint print = this.prints.of(groupId, participantId, documentId, version, locale)
			.approvedAs(this.prints.approvalLine(body, null, decidedOn, reference, locale));
		return this.history.approved(groupId, documentId, number, body, null, decidedOn, reference,
				this.pdf.render(print, locale), actor, subject);
	}

}
