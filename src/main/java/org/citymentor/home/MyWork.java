package org.citymentor.home;

import java.util.List;
import java.util.Map;

import org.citymentor.access.Access;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.group.Journey;
import org.citymentor.group.TaskStatus;
import org.citymentor.programme.ProgrammeDetails;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * A city officer's groups and the journey steps that wait for someone, from the task
 * lists.
 */
@Component
class MyWork {

	private final Access access;

	private final Groups groups;

	private final Programmes programmes;

	private final org.citymentor.group.Journeys journeys;

	MyWork(Access access, Groups groups, Programmes programmes, org.citymentor.group.Journeys journeys) {
		this.journeys = journeys;
		this.access = access;
		this.groups = groups;
		this.programmes = programmes;
	}

	List<GroupWork> groupsOf(CurrentUser user) {
		List<Long> ids = this.access.memberGroupIds(user);
		Map<Long, ProgrammeDetails> programmes = new java.util.HashMap<>();
		return ids.stream().map(this.groups::details).map((group) -> {
			ProgrammeDetails programme = programmes.computeIfAbsent(group.programmeId(), this.programmes::details);
			List<Journey.Task> open = this.journeys
				.of(programme.data().steps(), programme.data().defaultVisits(), group, user)
				.stream()
				.filter((task) -> task.status() == TaskStatus.NOT_STARTED || task.status() == TaskStatus.IN_PROGRESS)
				.toList();
			return new GroupWork(group, programme.data().name(), open);
		}).sorted(java.util.Comparator.comparing((GroupWork work) -> work.group().data().title())).toList();
	}

	/** A group of the person with the steps still open. */
	record GroupWork(GroupDetails group, String programmeName, List<Journey.Task> openTasks) {
	}

}
