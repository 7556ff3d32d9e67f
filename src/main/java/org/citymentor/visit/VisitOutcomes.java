package org.citymentor.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a visit brought (what was learned, the changes to the action plan and the plan
 * version made at it) and the short feedback of its participants: how useful it was, 1 to
 * 5, and a comment.
 */
@Service
@Transactional
public class VisitOutcomes {

	/** The lowest and highest usefulness a participant can give. */
	public static final int MIN_USEFULNESS = 1;

	public static final int MAX_USEFULNESS = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	VisitOutcomes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A visit has an outcome once it is marked held, or once its last day has passed in
	 * its own time zone; never when it was cancelled.
	 */
	public boolean isOver(Visit visit) {
		if (visit.isHeld()) {
			return true;
		}
		if (visit.isCancelled()) {
			return false;
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(visit.timeZone());
		}
		catch (java.time.DateTimeException ex) {
			zone = ZoneId.of("UTC");
		}
		return LocalDate.now(this.clock.withZone(zone)).isAfter(visit.endsOn());
	}

	@Transactional(readOnly = true)
	public Optional<Outcome> of(long visitId) {
		return this.jdbc.sql("select * from visit_outcome where visit_id = ?")
			.param(visitId)
			.query((rs, row) -> new Outcome(rs.getString("learned"), rs.getString("plan_changes"),
					(Long) rs.getObject("plan_version_id"), rs.getTimestamp("updated_at").toInstant(),
					rs.getString("updated_by"), rs.getLong("version")))
			.optional();
	}

	/**
	 * Saves the outcome.
	 * @param expectedVersion the version the person opened, -1 when there was none yet
	 * @throws StaleEditException when someone saved it since the person opened it
	 */
	public void save(long visitId, long expectedVersion, String learned, String planChanges, Long planVersionId,
			String who) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int changed;
		if (expectedVersion < 0) {
			changed = this.jdbc.sql("""
					insert into visit_outcome (visit_id, learned, plan_changes, plan_version_id, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?) on conflict (visit_id) do nothing
					""").params(visitId, learned, planChanges, planVersionId, now, who).update();
		}
		else {
			changed = this.jdbc.sql("""
					update visit_outcome set learned = ?, plan_changes = ?, plan_version_id = ?, updated_at = ?,
					    updated_by = ?, version = version + 1
					where visit_id = ? and version = ?
					""").params(learned, planChanges, planVersionId, now, who, visitId, expectedVersion).update();
		}
		if (changed == 0) {
			throw new StaleEditException();
		}
	}

	@Transactional(readOnly = true)
	public Optional<Feedback> feedback(long visitId, long userId) {
		return this.jdbc.sql("select usefulness, comment from visit_feedback where visit_id = ? and user_id = ?")
			.params(visitId, userId)
			.query((rs, row) -> new Feedback(rs.getInt("usefulness"), rs.getString("comment")))
			.optional();
	}

	/** Saves a participant's feedback, replacing what they gave before. */
	public void giveFeedback(long visitId, long userId, int usefulness, String comment) {
		if (usefulness < MIN_USEFULNESS || usefulness > MAX_USEFULNESS) {
			throw new IllegalArgumentException("usefulness " + usefulness);
		}
		this.jdbc.sql("""
				insert into visit_feedback (visit_id, user_id, usefulness, comment, updated_at) values (?, ?, ?, ?, ?)
				on conflict (visit_id, user_id) do update set usefulness = excluded.usefulness,
				    comment = excluded.comment, updated_at = excluded.updated_at
				""").params(visitId, userId, usefulness, comment, Timestamp.from(this.clock.instant())).update();
	}

	/**
	 * The feedback on a visit taken together: how many gave it, their average, and the
	 * comments without names, newest first.
	 */
	@Transactional(readOnly = true)
	public FeedbackSummary summary(long visitId) {
		List<Feedback> all = this.jdbc
			.sql("select usefulness, comment from visit_feedback where visit_id = ? order by updated_at desc, user_id")
			.param(visitId)
			.query((rs, row) -> new Feedback(rs.getInt("usefulness"), rs.getString("comment")))
			.list();
		double average = all.stream().mapToInt(Feedback::usefulness).average().orElse(0);
		return new FeedbackSummary(all.size(), Math.round(average * 10) / 10.0,
				all.stream().map(Feedback::comment).filter((c) -> c != null && !c.isBlank()).toList());
	}

	/** What was learned at a visit and what it changed in the action plan. */
	public record Outcome(String learned, String planChanges, Long planVersionId, Instant updatedAt, String updatedBy,
			long version) {
	}

	/** One participant's feedback. */
	public record Feedback(int usefulness, String comment) {
	}

	/**
	 * @param average rounded to one decimal, 0 when nobody gave feedback
	 */
	public record FeedbackSummary(int count, double average, List<String> comments) {
	}

}
