package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a printed plan shows, already worded for one language: annex 6's header (group,
 * mentee, mentor, date, version and its stage), the plan's title and vision, who backs
 * it, and per part one row per action in the template's six columns. The print view, the
 * PDF, the DOCX and the CSV of actions all show this same content.
 *
 * @param version the version's number, null for the draft
 * @param stage the stage the version belongs to, worded, or null
 * @param approved "Approved by … on … (reference)", or null when not approved
 */
public record PlanPrint(String planName, String groupTitle, String mentee, String mentor, LocalDate date,
		Integer version, String stage, String approved, String title, String vision, List<String> commitments,
		List<Part> parts) {

	public boolean draft() {
		return this.version == null;
	}

	/** The same plan with a (new) approval line in its header. */
	public PlanPrint approvedAs(String line) {
		return new PlanPrint(this.planName, this.groupTitle, this.mentee, this.mentor, this.date, this.version,
				this.stage, line, this.title, this.vision, this.commitments, this.parts);
	}

	public List<Row> rows() {
		return this.parts.stream().flatMap((p) -> p.rows().stream()).toList();
	}

	/** A part of the plan: "Part A: A city for all". */
	public record Part(String heading, List<Row> rows) {
	}

	/**
	 * One action: the six columns as text, with the timeframe's ends, the funding and the
	 * indicators also apart for the CSV.
	 *
	 * @param funding the amount in euro as a plain number, or null
	 * @param fundingText the amount worded ("Funding: €12,000"), or null
	 * @param indicators each indicator with its target ("Buddies trained: target 40")
	 */
	public record Row(String part, String action, String outcomes, String timeframe, String starts, String ends,
			String lead, String resources, String funding, String fundingText, String measuring,
			List<String> indicators) {
	}

}
