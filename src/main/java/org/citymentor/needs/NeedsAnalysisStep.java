package org.citymentor.needs;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.stereotype.Component;

/**
 * The needs analysis on the task list: completed when every mentee city of the group has
 * submitted one, in progress once any is started. The link goes to the viewer's own
 * city's analysis, else to the list of the group's analyses.
 */
@Component
class NeedsAnalysisStep implements JourneyStep {

	private final NeedsAnalyses analyses;

	NeedsAnalysisStep(NeedsAnalyses analyses) {
		this.analyses = analyses;
	}

	@Override
	public String key() {
		return "NEEDS_ANALYSIS";
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, List<NeedsAnalyses.Progress>> all = this.analyses.of(batch.groupIds());
		return batch.eachTask((group) -> {
			List<NeedsAnalyses.Progress> progress = all.getOrDefault(group.id(), List.of());
			Long own = batch.viewer().participantIn(group.id()).orElse(null);
			String link = progress.stream()
				.filter((p) -> Objects.equals(p.participantId(), own))
				.findFirst()
				.map((p) -> "/groups/" + group.id() + "/participants/" + p.participantId() + "/needs-analysis")
				.orElse("/groups/" + group.id() + "/needs-analysis");
			return new Journey.Task(key(), null, TaskActor.MENTEE_AND_ASSOCIATION, status(progress), null,
					progress.isEmpty() ? null : link);
		});
	}

	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, List<NeedsAnalyses.Progress>> all = this.analyses.of(batch.groupIds());
		return batch.eachCell((group) -> new JourneyStep.Cell(status(all.getOrDefault(group.id(), List.of())), null));
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
