package org.citymentor.evaluation;

import java.util.List;

import org.citymentor.actionplan.ActionPlans;
import org.citymentor.actionplan.PlanContent;
import org.citymentor.actionplan.PlanSnapshots;
import org.citymentor.form.FormVersions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions a mentee organisation can tick as implemented: those of its latest approved
 * plan version, or else of its latest submitted one. Read only, through the action-plan
 * module's public services.
 */
@Component
public class PlanActionsToTick {

	private final ActionPlans plans;

	private final FormVersions versions;

	private final PlanSnapshots snapshots;

	PlanActionsToTick(ActionPlans plans, FormVersions versions, PlanSnapshots snapshots) {
		this.plans = plans;
		this.versions = versions;
		this.snapshots = snapshots;
	}

	@Transactional(readOnly = true)
	public List<Evaluation.ImplementedAction> of(long groupId, long participantId) {
		return this.plans.ofParticipant(groupId, participantId)
			.filter((standing) -> standing.latest() > 0)
			.flatMap((standing) -> this.versions.number(standing.documentId(),
					(standing.approved() > 0) ? standing.approved() : standing.latest()))
			.map((version) -> this.snapshots.content(version.id()))
			.map(PlanContent::actions)
			.orElse(List.of())
			.stream()
			.map((action) -> new Evaluation.ImplementedAction(action.key(), action.title()))
			.toList();
	}

}
