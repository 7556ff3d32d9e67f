package org.citymentor.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists what people did. Entries are never changed: the table refuses updates
 * and deletes. Recording a group's activity also moves its "last activity" date.
 */
@Service
public class Activities {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	Activities(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long programmeId, Long groupId, Actor actor, ActivityKind kind, String subject) {
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into activity (programme_id, group_id, actor_id, actor_name, kind, subject, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(programmeId, groupId, (actor != null) ? actor.id() : null,
					(actor != null) ? actor.name() : "CityMentor", kind.name(), truncate(subject), Timestamp.from(now))
			.update();
		if (groupId != null) {
			this.jdbc.sql("update mentoring_group set last_activity_at = ? where id = ?")
				.params(Timestamp.from(now), groupId)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public List<Entry> ofGroup(long groupId, int page) {
		return this.jdbc.sql("""
				select actor_name, kind, subject, created_at from activity where group_id = ?
				order by created_at desc, id desc limit ? offset ?
				""")
			.params(groupId, PAGE_SIZE + 1, Math.max(page, 0) * PAGE_SIZE)
			.query((rs, row) -> new Entry(rs.getString("actor_name"), ActivityKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static String truncate(String subject) {
		return (subject == null || subject.length() <= 300) ? subject : subject.substring(0, 299) + "…";
	}

	/** Who did it, as their name was at the time. */
	public record Actor(Long id, String name) {
	}

	/** One line of the history. */
	public record Entry(String actorName, ActivityKind kind, String subject, Instant at) {
	}

}
