package org.citymentor.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training on the task list: not started while no session is planned for the group
 * (or for its whole programme when the group existed), in progress while a session is
 * still to be held or its attendance is not recorded, completed once every session kept
 * was held with its attendance recorded. Cancelled sessions do not count.
 */
@Component
class TrainingStep implements JourneyStep {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	TrainingStep(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "TRAINING";
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, List<Session>> all = sessions(batch.groupIds());
		return batch.eachTask((group) -> {
			List<Session> sessions = all.getOrDefault(group.id(), List.of());
			TaskStatus status = status(sessions);
			Session shown = shown(sessions);
			return new Journey.Task(key(), null,
					(status == TaskStatus.NOT_STARTED) ? TaskActor.COORDINATOR : TaskActor.BOTH_SIDES, status,
					(shown != null) ? shown.heldOn() : null, "/groups/" + group.id() + "/trainings",
					(shown != null) ? detail(shown) : null);
		});
	}

	/**
	 * The status, and "held on 3 March 2021, 6 of 8 attended" or "planned for …, 2 of 8
	 * expectations given".
	 */
	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, List<Session>> all = sessions(batch.groupIds());
		return batch.eachCell((group) -> {
			List<Session> sessions = all.getOrDefault(group.id(), List.of());
			Session shown = shown(sessions);
			return new JourneyStep.Cell(status(sessions), (shown != null) ? detail(shown) : null);
		});
	}

	static TaskStatus status(List<Session> sessions) {
		if (sessions.isEmpty()) {
			return TaskStatus.NOT_STARTED;
		}
		return sessions.stream().allMatch(Session::recorded) ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	/** The first session still waiting for something, else the last one held. */
	private static Session shown(List<Session> sessions) {
		return sessions.stream()
			.filter((s) -> !s.recorded())
			.findFirst()
			.orElse(sessions.isEmpty() ? null : sessions.get(sessions.size() - 1));
	}

	private String detail(Session session) {
		Locale locale = LocaleContextHolder.getLocale();
		String day = session.heldOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		if (session.recorded()) {
			return this.messages.getMessage("training.journey.held",
					new Object[] { day, session.attended(), session.members() }, locale);
		}
		if (session.heldOn().isBefore(LocalDate.now(this.clock))) {
			return this.messages.getMessage("training.journey.attendanceMissing", new Object[] { day }, locale);
		}
		return this.messages.getMessage("training.journey.planned",
				new Object[] { day, session.expectations(), session.members() }, locale);
	}

	/**
	 * The sessions of each group, oldest first, with the counts for the group's current
	 * members: one query for any number of groups.
	 */
	private Map<Long, List<Session>> sessions(Collection<Long> groupIds) {
		Map<Long, List<Session>> result = new HashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		this.jdbc
			.sql("""
					select g.id as group_id, t.held_on, t.attendance_recorded_at is not null as recorded,
					    (select count(*) from group_member m where m.group_id = g.id and m.removed_at is null) as members,
					    (select count(*) from group_member m join training_attendance a on a.user_id = m.user_id
					     where a.training_id = t.id and a.attended and m.group_id = g.id and m.removed_at is null) as attended,
					    (select count(*) from group_member m join training_expectation e on e.user_id = m.user_id
					     where e.training_id = t.id and m.group_id = g.id and m.removed_at is null) as expectations
					from training_group g_t join mentoring_group g on g.id = g_t.group_id
					join training t on t.id = g_t.training_id
					where g.id in (:ids) and t.cancelled_at is null
					order by g.id, t.held_on, t.starts_at, t.id
					""")
			.param("ids", groupIds)
			.query((rs) -> {
				result.computeIfAbsent(rs.getLong("group_id"), (k) -> new ArrayList<>())
					.add(new Session(rs.getObject("held_on", LocalDate.class), rs.getBoolean("recorded"),
							rs.getInt("members"), rs.getInt("attended"), rs.getInt("expectations")));
			});
		return result;
	}

	/** A session as one group sees it. */
	record Session(LocalDate heldOn, boolean recorded, int members, int attended, int expectations) {
	}

}
