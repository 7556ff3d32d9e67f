package org.citymentor.group;

import java.util.Collection;
import java.util.Map;

import org.citymentor.shared.security.CurrentUser;

/**
 * A feature module that owns a step of the journey tells the group page its real status
 * and where to act. Feature modules implement it as a bean; the group module finds them
 * without depending on them.
 */
public interface JourneyStep {

	/** The step this bean answers for: a {@code journey.task.<key>} key. */
	String key();

	/** The step as the viewer sees it on the group's task list. */
	Journey.Task task(GroupDetails group, CurrentUser viewer);

	/**
	 * The tasks this step puts on the list, by key: one for most steps; the visits give
	 * one per visit ({@code VISIT#1}, {@code VISIT#2}…) and one for the meetings.
	 */
	default Map<String, Journey.Task> tasks(GroupDetails group, CurrentUser viewer) {
		return Map.of(key(), task(group, viewer));
	}

	/**
	 * The status of the step for each of the given groups, for the coordinator's
	 * overview: a bounded number of queries for the whole page, never draft content.
	 */
	Map<Long, TaskStatus> statuses(Collection<Long> groupIds);

	/**
	 * A short line per group under the status in the coordinator's overview (e.g.
	 * "version 2 submitted"), in the current request's language; never draft content.
	 * Bounded queries for the whole page, like {@link #statuses}.
	 */
	default Map<Long, String> details(Collection<Long> groupIds) {
		return Map.of();
	}

}
