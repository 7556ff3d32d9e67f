package org.citymentor.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.group.GroupStatus;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The evaluation on the task list: not started until a side submits its evaluation, in
 * progress once one side did, completed when both sides did and the group is closed. The
 * detail gives each side's average score ("mentee 4.3, mentor 4.0").
 */
@Component
class EvaluationStep implements JourneyStep {

	private final Evaluations evaluations;

	private final MessageSource messages;

	EvaluationStep(Evaluations evaluations, MessageSource messages) {
		this.evaluations = evaluations;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "EVALUATION";
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, Map<EvaluationSide, Evaluations.SideSummary>> all = this.evaluations.submitted(batch.groupIds());
		return batch.eachTask((group) -> {
			Map<EvaluationSide, Evaluations.SideSummary> sides = all.getOrDefault(group.id(), Map.of());
			return new Journey.Task(key(), null, TaskActor.BOTH_SIDES,
					status(sides, group.status() == GroupStatus.CLOSED), null, "/groups/" + group.id() + "/evaluation",
					detail(sides));
		});
	}

	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, Map<EvaluationSide, Evaluations.SideSummary>> all = this.evaluations.submitted(batch.groupIds());
		return batch.eachCell((group) -> {
			Map<EvaluationSide, Evaluations.SideSummary> sides = all.getOrDefault(group.id(), Map.of());
			return new JourneyStep.Cell(status(sides, group.status() == GroupStatus.CLOSED), detail(sides));
		});
	}

	static TaskStatus status(Map<EvaluationSide, Evaluations.SideSummary> sides, boolean closed) {
		if (sides.size() == EvaluationSide.values().length && closed) {
			return TaskStatus.COMPLETED;
		}
		return sides.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
	}

	private String detail(Map<EvaluationSide, Evaluations.SideSummary> sides) {
		if (sides.isEmpty()) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new java.util.ArrayList<>();
		for (EvaluationSide side : EvaluationSide.values()) {
			Evaluations.SideSummary summary = sides.get(side);
			if (summary != null && summary.average() != null) {
				parts.add(this.messages.getMessage("evaluation.journey.side." + side.path(),
						new Object[] { String.format(locale, "%.1f", summary.average()) }, locale));
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
