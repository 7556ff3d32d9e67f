package org.citymentor.actionplan;

import java.time.LocalDate;

import org.citymentor.actionplan.PlanApprovals.Body;
import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports and approvals of a plan, each with its line in the group's activity history.
 */
@Service
@Transactional
public class PlanExportHistory {

	private final PlanApprovals approvals;

	private final Activities activities;

	private final Groups groups;

	PlanExportHistory(PlanApprovals approvals, Activities activities, Groups groups) {
		this.approvals = approvals;
		this.activities = activities;
		this.groups = groups;
	}

	/**
	 * Someone downloaded the plan; {@code subject} says which version, in which format.
	 */
	public void exported(long groupId, Actor actor, String subject) {
		record(groupId, actor, ActivityKind.EXPORTED, subject);
	}

	/** The same, for a page that has the group already. */
	public void exported(GroupDetails group, Actor actor, String subject) {
		this.activities.record(group.programmeId(), group.id(), actor, ActivityKind.EXPORTED, subject);
	}

	/**
	 * Records the approval of the plan's latest version with the PDF as approved.
	 * @throws org.citymentor.shared.StaleEditException when the plan changed meanwhile
	 */
	public long approved(long groupId, long documentId, int number, Body body, String bodyOther, LocalDate decidedOn,
			String reference, byte[] pdf, Actor actor, String plan) {
		long id = this.approvals.record(documentId, number, body, bodyOther, decidedOn, reference, pdf, actor.id(),
				actor.name());
		record(groupId, actor, ActivityKind.ACTION_PLAN_APPROVED, plan);
		return id;
	}

	private void record(long groupId, Actor actor, ActivityKind kind, String subject) {
		this.activities.record(this.groups.details(groupId).programmeId(), groupId, actor, kind, subject);
	}

}
