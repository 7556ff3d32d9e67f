package org.citymentor.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each invited person expects from the mentoring, can bring and worries about. The
 * members of the author's groups (those the session is for) read it; coordinators only
 * count how many were given, like they see that a draft exists but not what it says
 * (decisions.md 2 and 3).
 */
@Service
@Transactional
public class Expectations {

	/**
	 * The expectations a viewer reads: their own and those of people who share one of the
	 * session's groups with them.
	 */
	private static final String VISIBLE = """
			from training_expectation e
			where e.training_id = :training and (e.user_id = :viewer or exists (
			    select 1 from group_member a join group_member v on v.group_id = a.group_id
			    join training_group tg on tg.group_id = a.group_id and tg.training_id = e.training_id
			    where a.user_id = e.user_id and v.user_id = :viewer and a.removed_at is null and v.removed_at is null))
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Expectations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Saves the person's expectations for the session, replacing what they gave before.
	 */
	public void save(long trainingId, long userId, Expectation.Answers answers) {
		this.jdbc.sql("""
				insert into training_expectation (training_id, user_id, expects, contributes, worries, updated_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (training_id, user_id) do update set expects = excluded.expects,
				    contributes = excluded.contributes, worries = excluded.worries, updated_at = excluded.updated_at
				""")
			.params(trainingId, userId, answers.expects(), answers.contributes(), answers.worries(),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Expectation> mine(long trainingId, long userId) {
		return this.jdbc.sql("select * from training_expectation where training_id = ? and user_id = ?")
			.params(trainingId, userId)
			.query(Expectations::map)
			.optional();
	}

	/** The expectations this viewer may read, latest first, one page at a time. */
	@Transactional(readOnly = true)
	public Page<Expectation> visibleTo(long trainingId, long viewerId, Pageable pageable) {
		long total = this.jdbc.sql("select count(*) " + VISIBLE)
			.param("training", trainingId)
			.param("viewer", viewerId)
			.query(Long.class)
			.single();
		List<Expectation> rows = this.jdbc
			.sql("select e.* " + VISIBLE + " order by e.updated_at desc, e.user_id limit :limit offset :offset")
			.param("training", trainingId)
			.param("viewer", viewerId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Expectations::map)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** How many invited people gave their expectations. */
	@Transactional(readOnly = true)
	public long count(long trainingId) {
		return this.jdbc
			.sql("select count(*) from training_expectation e where e.training_id = :training " + "and e.user_id in ("
					+ Trainings.INVITED + ")")
			.param("training", trainingId)
			.query(Long.class)
			.single();
	}

	private static Expectation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Expectation(rs.getLong("training_id"), rs.getLong("user_id"),
				new Expectation.Answers(rs.getString("expects"), rs.getString("contributes"), rs.getString("worries")),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** One person's expectations for a session. */
	public record Expectation(long trainingId, long userId, Answers answers, Instant updatedAt) {

		/** The answers: what I expect (required), what I can bring, what worries me. */
		public record Answers(String expects, String contributes, String worries) {
		}

	}

}
