package org.citymentor.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

	VisitsStep(Visits visits, Meetings meetings, MessageSource messages, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${citymentor.groups.quiet-after-days:21}") int quietDays) {
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

	/**
	 * One task per visit that is not cancelled, or one leading to planning them; one for
	 * the meetings with their number.
	 */
	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, List<Visit>> visitsOf = this.visits.of(batch.groupIds());
		Map<Long, List<LocalDate>> meetingsOf = this.meetings.days(batch.groupIds());
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Map<String, Journey.Task>> all = new LinkedHashMap<>();
		for (JourneyBatch.Group group : batch.groups()) {
			Map<String, Journey.Task> tasks = new LinkedHashMap<>();
			for (Visit visit : visitsOf.getOrDefault(group.id(), List.of())) {
				if (visit.isCancelled()) {
					continue;
				}
				tasks.put("VISIT#" + visit.number() + "#" + visit.id(),
						new Journey.Task("VISIT", visit.number(), TaskActor.BOTH_SIDES, status(visit, today),
								visit.startsOn(), "/groups/" + group.id() + "/visits/" + visit.id()));
			}
			if (tasks.isEmpty()) {
				tasks.put("VISITS", new Journey.Task("VISITS", null, TaskActor.BOTH_SIDES, TaskStatus.NOT_STARTED, null,
						"/groups/" + group.id() + "/visits"));
			}
			List<LocalDate> held = meetingsOf.getOrDefault(group.id(), List.of());
			tasks.put("MEETINGS", new Journey.Task("MEETINGS", null, TaskActor.BOTH_SIDES,
					held.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS, null,
					"/groups/" + group.id() + "/visits#meetings", message("journey.meetings.count", held.size())));
			all.put(group.id(), tasks);
		}
		return all;
	}

	/**
	 * Completed when every visit kept is held, with "1 held · 2 meeting(s)" (and a flag
	 * when a running group has gone quiet) for the coordinator's overview.
	 */
	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, List<Visit>> all = this.visits.of(batch.groupIds());
		Map<Long, List<LocalDate>> meetingsOf = this.meetings.days(batch.groupIds());
		LocalDate today = LocalDate.now(this.clock);
		return batch.eachCell((group) -> {
			List<Visit> kept = all.getOrDefault(group.id(), List.of())
				.stream()
				.filter((v) -> !v.isCancelled())
				.toList();
			TaskStatus status = kept.isEmpty() ? TaskStatus.NOT_STARTED
					: kept.stream().allMatch(Visit::isHeld) ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
			List<LocalDate> held = meetingsOf.getOrDefault(group.id(), List.of());
			String line = message("journey.visit.held", kept.stream().filter(Visit::isHeld).count()) + " · "
					+ message("journey.meetings.count", held.size());
			boolean running = group.status() == GroupStatus.ACTIVE || group.status() == GroupStatus.IMPLEMENTING;
			if (running && quiet(kept, held, today)) {
				line = line + " · " + message("journey.visits.quiet", this.quietDays);
			}
			return new JourneyStep.Cell(status, line);
		});
	}

	/**
	 * No visit or meeting in the last days and none coming: the group may have stalled.
	 */
	private boolean quiet(List<Visit> visits, List<LocalDate> meetings, LocalDate today) {
		LocalDate since = today.minusDays(this.quietDays);
		boolean recentOrComing = visits.stream().anyMatch((v) -> !v.endsOn().isBefore(since))
				|| meetings.stream().anyMatch((day) -> !day.isBefore(since));
		return !recentOrComing;
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
