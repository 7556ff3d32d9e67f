package org.citymentor.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation on the task list: not started until a side submits its evaluation, in
 * progress once one side did, completed when both sides did and the group is closed. The
 * detail gives each side's average score ("mentee 4.3, mentor 4.0").
 */
@Component
class EvaluationStep implements JourneyStep {

	private final Evaluations evaluations;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	EvaluationStep(Evaluations evaluations, JdbcClient jdbc, MessageSource messages) {
		this.evaluations = evaluations;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "EVALUATION";
	}

	@Override
	public Journey.Task task(GroupDetails group, CurrentUser viewer) {
		Map<EvaluationSide, Evaluations.SideSummary> sides = this.evaluations.submitted(List.of(group.id()))
			.getOrDefault(group.id(), Map.of());
		return new Journey.Task(key(), null, TaskActor.BOTH_SIDES,
				status(sides, group.data().status() == GroupStatus.CLOSED), null,
				"/groups/" + group.id() + "/evaluation", detail(sides));
	}

	@Override
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, Map<EvaluationSide, Evaluations.SideSummary>> all = this.evaluations.submitted(groupIds);
		Set<Long> closed = closed(groupIds);
		Map<Long, TaskStatus> statuses = new HashMap<>();
		for (Long id : groupIds) {
			statuses.put(id, status(all.getOrDefault(id, Map.of()), closed.contains(id)));
		}
		return statuses;
	}

	@Override
	public Map<Long, String> details(Collection<Long> groupIds) {
		Map<Long, Map<EvaluationSide, Evaluations.SideSummary>> all = this.evaluations.submitted(groupIds);
		Map<Long, String> details = new HashMap<>();
		all.forEach((id, sides) -> {
			String line = detail(sides);
			if (line != null) {
				details.put(id, line);
			}
		});
		return details;
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

	private Set<Long> closed(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Set.of();
		}
		return new java.util.HashSet<>(
				this.jdbc.sql("select id from mentoring_group where id in (:ids) and status = 'CLOSED'")
					.param("ids", groupIds)
					.query(Long.class)
					.list());
	}

}
