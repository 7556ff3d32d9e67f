package org.citymentor.needs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.citymentor.access.Access;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The needs analysis on the task list: completed when every mentee city of the group has
 * submitted one, in progress once any is started. The link goes to the viewer's own
 * city's analysis, else to the list of the group's analyses.
 */
@Component
class NeedsAnalysisStep implements JourneyStep {

	private final NeedsAnalyses analyses;

	private final Access access;

	NeedsAnalysisStep(NeedsAnalyses analyses, Access access) {
		this.analyses = analyses;
		this.access = access;
	}

	@Override
	public String key() {
		return "NEEDS_ANALYSIS";
	}

	@Override
	public Journey.Task task(GroupDetails group, CurrentUser viewer) {
		List<NeedsAnalyses.Progress> progress = this.analyses.of(List.of(group.id()))
			.getOrDefault(group.id(), List.of());
		Long own = this.access.memberParticipantId(viewer, group.id()).orElse(null);
		String link = progress.stream()
			.filter((p) -> Objects.equals(p.participantId(), own))
			.findFirst()
			.map((p) -> "/groups/" + group.id() + "/participants/" + p.participantId() + "/needs-analysis")
			.orElse("/groups/" + group.id() + "/needs-analysis");
		return new Journey.Task(key(), null, TaskActor.MENTEE_AND_ASSOCIATION, status(progress), null,
				progress.isEmpty() ? null : link);
	}

	@Override
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		return this.analyses.of(groupIds)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> status(e.getValue())));
	}

	static TaskStatus status(List<NeedsAnalyses.Progress> progress) {
		if (progress.isEmpty()) {
			return TaskStatus.CANNOT_START_YET;
		}
		if (progress.stream().allMatch((p) -> p.versions() > 0)) {
			return TaskStatus.COMPLETED;
		}
		return progress.stream().anyMatch(NeedsAnalyses.Progress::started) ? TaskStatus.IN_PROGRESS
				: TaskStatus.NOT_STARTED;
	}

}
