package org.citymentor.home;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.citymentor.access.ViewerAccess;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.group.Journey;
import org.citymentor.group.Journeys;
import org.citymentor.group.TaskStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city officer's groups and the journey steps that wait for someone, from the task
 * lists: the same number of queries whatever the number of groups (the groups, their
 * programmes, then one batch per journey step for all of them).
 */
@Component
class MyWork {

	private final Groups groups;

	private final Journeys journeys;

	MyWork(Groups groups, Journeys journeys) {
		this.journeys = journeys;
		this.groups = groups;
	}

	@Transactional(readOnly = true)
	List<GroupWork> groupsOf(ViewerAccess viewer) {
		List<GroupDetails> mine = this.groups.details(viewer.participantByGroup().keySet());
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<Long, Journeys.Programme> programmes = this.journeys
			.programmes(mine.stream().map(GroupDetails::programmeId).distinct().toList());
		Map<Long, List<Journey.Task>> tasks = this.journeys.of(mine, programmes, viewer);
		return mine.stream().map((group) -> {
			List<Journey.Task> open = tasks.get(group.id())
				.stream()
				.filter((task) -> task.status() == TaskStatus.NOT_STARTED || task.status() == TaskStatus.IN_PROGRESS)
				.toList();
			return new GroupWork(group, programmes.get(group.programmeId()).name(), open);
		}).sorted(Comparator.comparing((GroupWork work) -> work.group().data().title())).toList();
	}

	/** A group of the person with the steps still open. */
	record GroupWork(GroupDetails group, String programmeName, List<Journey.Task> openTasks) {
	}

}
