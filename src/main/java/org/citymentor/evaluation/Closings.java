package org.citymentor.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.shared.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's closing summary of a group (what it achieved, in their words, and an
 * outcome) and closing the group, which sets its status to closed through the group
 * module.
 */
@Service
@Transactional
public class Closings {

	private final JdbcClient jdbc;

	private final Groups groups;

	private final Clock clock;

	Closings(JdbcClient jdbc, Groups groups, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Closing> of(long groupId) {
		return this.jdbc.sql("select * from group_closing where group_id = ?").param(groupId).query((rs, n) -> {
			Timestamp closedAt = rs.getTimestamp("closed_at");
			return new Closing(rs.getString("summary"), Outcome.valueOf(rs.getString("outcome")),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
					(closedAt != null) ? closedAt.toInstant() : null, rs.getString("closed_by"), rs.getLong("version"));
		}).optional();
	}

	/**
	 * Saves the summary.
	 * @param expectedVersion the version the coordinator opened, -1 when there was none
	 * @throws StaleEditException when someone saved it meanwhile
	 */
	public void saveSummary(long groupId, long expectedVersion, String summary, Outcome outcome, String who) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int changed;
		if (expectedVersion < 0) {
			changed = this.jdbc
				.sql("""
						insert into group_closing (group_id, summary, outcome, updated_at, updated_by) values (?, ?, ?, ?, ?)
						on conflict (group_id) do nothing
						""")
				.params(groupId, summary, outcome.name(), now, who)
				.update();
		}
		else {
			changed = this.jdbc.sql("""
					update group_closing set summary = ?, outcome = ?, updated_at = ?, updated_by = ?,
					    version = version + 1
					where group_id = ? and version = ?
					""").params(summary, outcome.name(), now, who, groupId, expectedVersion).update();
		}
		if (changed == 0) {
			throw new StaleEditException();
		}
	}

	/**
	 * Closes the group: its status becomes closed and the closing records who and when.
	 * Needs a closing summary first.
	 * @throws IllegalStateException when there is no summary yet
	 */
	public void close(long groupId, Actor actor) {
		int marked = this.jdbc.sql("update group_closing set closed_at = ?, closed_by = ? where group_id = ?")
			.params(Timestamp.from(this.clock.instant()), actor.name(), groupId)
			.update();
		if (marked == 0) {
			throw new IllegalStateException("no closing summary for group " + groupId);
		}
		GroupDetails group = this.groups.details(groupId);
		GroupData d = group.data();
		if (d.status() != GroupStatus.CLOSED) {
			this.groups.updateGroup(groupId, group.version(),
					new GroupData(d.title(), d.focus(), d.startDate(), d.endDate(), GroupStatus.CLOSED, d.themeIds(),
							d.languages(), d.actionId(), d.agreementDate(), d.agreementReference(), d.sharedGoals(),
							d.exitClause()),
					actor);
		}
	}

	/** Whether the group is closed, from the group module. */
	@Transactional(readOnly = true)
	public boolean isClosed(long groupId) {
		return this.groups.details(groupId).data().status() == GroupStatus.CLOSED;
	}

	/** How the coordinator judges what the group achieved. */
	public enum Outcome {

		ACHIEVED, PARTLY, NOT_ACHIEVED

	}

	/**
	 * The closing summary; closedAt is null until the group is closed.
	 */
	public record Closing(String summary, Outcome outcome, Instant updatedAt, String updatedBy, Instant closedAt,
			String closedBy, long version) {
	}

}
