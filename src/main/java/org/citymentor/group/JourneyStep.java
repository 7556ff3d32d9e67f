package org.citymentor.group;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A feature module that owns a step of the journey tells the group's task list its real
 * status and where to act, and the coordinator's overview its status and a short line.
 * Feature modules implement it as a bean; the group module finds them without depending
 * on them. Both methods answer for all the groups of a {@link JourneyBatch} at once with
 * a bounded number of queries (one or two per step), whatever the number of groups.
 */
public interface JourneyStep {

	/** The step this bean answers for: a {@code journey.task.<key>} key. */
	String key();

	/**
	 * The tasks this step puts on the task list of each group of the batch, as the
	 * batch's viewer sees them: by group, then by key. One for most steps; the visits
	 * give one per visit ({@code VISIT#1}, {@code VISIT#2}…) and one for the meetings.
	 */
	Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch);

	/**
	 * The step in the coordinator's overview, by group: its status and a short line under
	 * it (e.g. "version 2 submitted", null for none) in the current request's language;
	 * never draft content, never what depends on who reads it.
	 */
	Map<Long, Cell> overview(JourneyBatch batch);

	/** The statuses of {@link #overview}, by group. */
	default Map<Long, TaskStatus> statuses(JourneyBatch batch) {
		Map<Long, TaskStatus> statuses = new LinkedHashMap<>();
		overview(batch).forEach((id, cell) -> statuses.put(id, cell.status()));
		return statuses;
	}

	/** The lines of {@link #overview}, by group, for the groups that have one. */
	default Map<Long, String> details(JourneyBatch batch) {
		Map<Long, String> details = new LinkedHashMap<>();
		overview(batch).forEach((id, cell) -> {
			if (cell.detail() != null) {
				details.put(id, cell.detail());
			}
		});
		return details;
	}

	/** The step of one group in the overview. */
	record Cell(TaskStatus status, String detail) {
	}

}
