package org.citymentor.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The visits on the task list: one task per visit of the group (held, planned, with its
 * first day), and one for the meetings between them with their number. Before any visit
 * is planned, one task leads to planning them. Cancelled visits leave the list.
 */
@Component
class VisitsStep implements JourneyStep {

	private final Visits visits;

	private final Meetings meetings;

	private final MessageSource messages;

	private final Clock clock;

	private final int quietDays;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	VisitsStep(Visits visits, Meetings meetings, MessageSource messages, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc,
			@org.springframework.beans.factory.annotation.Value("${citymentor.groups.quiet-after-days:21}") int quietDays) {
		this.jdbc = jdbc;
		this.quietDays = quietDays;
		this.visits = visits;
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "VISITS";
	}

	@Override
	public Journey.Task task(GroupDetails group, CurrentUser viewer) {
		return new Journey.Task("VISITS", null, TaskActor.BOTH_SIDES, TaskStatus.NOT_STARTED, null,
				"/groups/" + group.id() + "/visits");
	}

	@Override
	public Map<String, Journey.Task> tasks(GroupDetails group, CurrentUser viewer) {
		Map<String, Journey.Task> tasks = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(this.clock);
		for (Visit visit : this.visits.of(group.id())) {
			if (visit.isCancelled()) {
				continue;
			}
			tasks.put("VISIT#" + visit.number() + "#" + visit.id(),
					new Journey.Task("VISIT", visit.number(), TaskActor.BOTH_SIDES, status(visit, today),
							visit.startsOn(), "/groups/" + group.id() + "/visits/" + visit.id()));
		}
		if (tasks.isEmpty()) {
			tasks.put("VISITS", task(group, viewer));
		}
		List<Meeting> all = this.meetings.of(group.id());
		tasks.put("MEETINGS",
				new Journey.Task("MEETINGS", null, TaskActor.BOTH_SIDES,
						all.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS, null,
						"/groups/" + group.id() + "/visits#meetings", message("journey.meetings.count", all.size())));
		return tasks;
	}

	@Override
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, List<Visit>> all = this.visits.of(groupIds);
		Map<Long, TaskStatus> statuses = new HashMap<>();
		for (Long id : groupIds) {
			List<Visit> kept = all.getOrDefault(id, List.of()).stream().filter((v) -> !v.isCancelled()).toList();
			statuses.put(id, kept.isEmpty() ? TaskStatus.NOT_STARTED
					: kept.stream().allMatch(Visit::isHeld) ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS);
		}
		return statuses;
	}

	/** "1 held · 2 meeting(s)" for the coordinator's overview. */
	@Override
	public Map<Long, String> details(Collection<Long> groupIds) {
		Map<Long, List<Visit>> all = this.visits.of(groupIds);
		Map<Long, List<Meeting>> meetingsOf = this.meetings.of(groupIds);
		Map<Long, String> details = new HashMap<>();
		java.util.Set<Long> running = running(groupIds);
		LocalDate today = LocalDate.now(this.clock);
		for (Long id : groupIds) {
			List<Visit> kept = all.getOrDefault(id, List.of()).stream().filter((v) -> !v.isCancelled()).toList();
			List<Meeting> held = meetingsOf.getOrDefault(id, List.of());
			String line = message("journey.visit.held", kept.stream().filter(Visit::isHeld).count()) + " · "
					+ message("journey.meetings.count", held.size());
			if (running.contains(id) && quiet(kept, held, today)) {
				line = line + " · " + message("journey.visits.quiet", this.quietDays);
			}
			details.put(id, line);
		}
		return details;
	}

	/**
	 * No visit or meeting in the last days and none coming: the group may have stalled.
	 */
	private boolean quiet(List<Visit> visits, List<Meeting> meetings, LocalDate today) {
		LocalDate since = today.minusDays(this.quietDays);
		boolean recentOrComing = visits.stream().anyMatch((v) -> !v.endsOn().isBefore(since))
				|| meetings.stream().anyMatch((m) -> !m.heldOn().isBefore(since));
		return !recentOrComing;
	}

	/** The groups that are under way (active or implementing), for the quiet flag. */
	private java.util.Set<Long> running(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc
			.sql("select id from mentoring_group where id in (:ids) and status in ('ACTIVE', 'IMPLEMENTING')")
			.param("ids", groupIds)
			.query(Long.class)
			.list());
	}

	private static TaskStatus status(Visit visit, LocalDate today) {
		if (visit.isHeld()) {
			return TaskStatus.COMPLETED;
		}
		if (!today.isBefore(visit.startsOn())) {
			return TaskStatus.IN_PROGRESS;
		}
		return TaskStatus.NOT_STARTED;
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
