package org.citymentor.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citymentor.shared.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of a group, one per participant organisation and side: saved as a draft
 * as often as its people like, then submitted once. Who may do what is checked by the
 * caller with Access; a draft's content is for its own organisation only.
 */
@Service
@Transactional
public class Evaluations {

	private final JdbcClient jdbc;

	private final Clock clock;

	Evaluations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every evaluation of the group, drafts included, in two queries. */
	@Transactional(readOnly = true)
	public List<Evaluation> ofGroup(long groupId) {
		List<Row> rows = this.jdbc.sql("select * from evaluation where group_id = ? order by side, participant_id")
			.param(groupId)
			.query(Evaluations::row)
			.list();
		return withActions(rows);
	}

	@Transactional(readOnly = true)
	public Optional<Evaluation> find(long groupId, long participantId, EvaluationSide side) {
		List<Row> rows = this.jdbc
			.sql("select * from evaluation where group_id = ? and participant_id = ? and side = ?")
			.params(groupId, participantId, side.name())
			.query(Evaluations::row)
			.list();
		return withActions(rows).stream().findFirst();
	}

	/**
	 * Saves the draft, and submits it when asked.
	 * @param expectedVersion the version the person opened, -1 when there was none yet
	 * @throws StaleEditException when someone saved it since the person opened it, or it
	 * was submitted meanwhile
	 */
	public void save(long groupId, long participantId, EvaluationSide side, long expectedVersion, EvaluationInput input,
			List<Evaluation.ImplementedAction> actions, String who, boolean submit) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("policy_changes", input.policyChanges());
		values.put("helped", input.helped());
		values.put("hindered", input.hindered());
		values.put("mentor_role", input.mentorRole());
		values.put("other_actions", input.otherActions());
		values.put("learned", input.learned());
		values.put("changed_itself", input.changedItself());
		values.put("time_amount", input.timeAmount());
		values.put("time_unit", (input.timeUnit() != null) ? input.timeUnit().name() : null);
		values.put("mentor_again", input.mentorAgain());
		for (EvaluationInput.Scale scale : EvaluationInput.Scale.values()) {
			values.put(scale.column(), input.score(scale));
		}
		values.put("comments", input.comments());
		values.put("updated_at", now);
		values.put("updated_by", who);
		values.put("status", submit ? "SUBMITTED" : "DRAFT");
		values.put("submitted_at", submit ? now : null);
		values.put("submitted_by", submit ? who : null);
		Long id;
		if (expectedVersion < 0) {
			values.put("group_id", groupId);
			values.put("participant_id", participantId);
			values.put("side", side.name());
			String columns = String.join(", ", values.keySet());
			String params = String.join(", ", values.keySet().stream().map((c) -> ":" + c).toList());
			id = this.jdbc
				.sql("insert into evaluation (" + columns + ") values (" + params
						+ ") on conflict (participant_id, side) do nothing returning id")
				.params(values)
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		else {
			String sets = String.join(", ", values.keySet().stream().map((c) -> c + " = :" + c).toList());
			values.put("group_id", groupId);
			values.put("participant_id", participantId);
			values.put("side", side.name());
			values.put("expected", expectedVersion);
			id = this.jdbc
				.sql("update evaluation set " + sets + ", version = version + 1 where group_id = :group_id"
						+ " and participant_id = :participant_id and side = :side and version = :expected"
						+ " and status = 'DRAFT' returning id")
				.params(values)
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		if (id == null) {
			throw new StaleEditException();
		}
		this.jdbc.sql("delete from evaluation_action where evaluation_id = ?").param(id).update();
		for (Evaluation.ImplementedAction action : actions) {
			this.jdbc.sql("insert into evaluation_action (evaluation_id, action_key, title) values (?, ?, ?)")
				.params(id, action.key(), action.title())
				.update();
		}
	}

	/**
	 * Per group and side, the submitted evaluations: how many and the average of their
	 * scales, in one query (task lists and the coordinator's overview).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<EvaluationSide, SideSummary>> submitted(Collection<Long> groupIds) {
		Map<Long, Map<EvaluationSide, SideSummary>> result = new HashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		this.jdbc
			.sql("""
					select group_id, side, count(*) as submitted,
					       avg((coalesce(score_usefulness, 0) + coalesce(score_relation, 0) + coalesce(score_policy, 0)
					            + coalesce(score_practice, 0))::numeric
					           / nullif((score_usefulness is not null)::int + (score_relation is not null)::int
					                    + (score_policy is not null)::int + (score_practice is not null)::int, 0)) as average
					from evaluation where status = 'SUBMITTED' and group_id in (:ids)
					group by group_id, side
					""")
			.param("ids", groupIds)
			.query((rs) -> {
				BigDecimal average = rs.getBigDecimal("average");
				result.computeIfAbsent(rs.getLong("group_id"), (k) -> new EnumMap<>(EvaluationSide.class))
					.put(EvaluationSide.valueOf(rs.getString("side")),
							new SideSummary(rs.getInt("submitted"), (average != null) ? average.doubleValue() : null));
			});
		return result;
	}

	/** The submitted evaluations of one side of a group: how many, and their average. */
	public record SideSummary(int submitted, Double average) {
	}

	private List<Evaluation> withActions(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Evaluation.ImplementedAction>> actions = new HashMap<>();
		this.jdbc
			.sql("select evaluation_id, action_key, title from evaluation_action where evaluation_id in (:ids)"
					+ " order by title")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs) -> {
				actions.computeIfAbsent(rs.getLong("evaluation_id"), (k) -> new ArrayList<>())
					.add(new Evaluation.ImplementedAction(rs.getObject("action_key", UUID.class),
							rs.getString("title")));
			});
		return rows.stream().map((r) -> r.evaluation(actions.getOrDefault(r.id(), List.of()))).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Map<EvaluationInput.Scale, Integer> scores = new EnumMap<>(EvaluationInput.Scale.class);
		for (EvaluationInput.Scale scale : EvaluationInput.Scale.values()) {
			Object value = rs.getObject(scale.column());
			if (value != null) {
				scores.put(scale, ((Number) value).intValue());
			}
		}
		String unit = rs.getString("time_unit");
		Timestamp submittedAt = rs.getTimestamp("submitted_at");
		EvaluationInput input = new EvaluationInput(rs.getString("policy_changes"), rs.getString("helped"),
				rs.getString("hindered"), rs.getString("mentor_role"), rs.getString("other_actions"),
				rs.getString("learned"), rs.getString("changed_itself"), rs.getBigDecimal("time_amount"),
				(unit != null) ? Evaluation.TimeUnit.valueOf(unit) : null, rs.getString("mentor_again"), scores,
				rs.getString("comments"), List.of());
		return new Row(rs.getLong("id"), rs.getLong("group_id"), rs.getLong("participant_id"),
				EvaluationSide.valueOf(rs.getString("side")), "SUBMITTED".equals(rs.getString("status")), input,
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
				(submittedAt != null) ? submittedAt.toInstant() : null, rs.getString("submitted_by"),
				rs.getLong("version"));
	}

	private record Row(long id, long groupId, long participantId, EvaluationSide side, boolean submitted,
			EvaluationInput input, java.time.Instant updatedAt, String updatedBy, java.time.Instant submittedAt,
			String submittedBy, long version) {

		Evaluation evaluation(List<Evaluation.ImplementedAction> actions) {
			EvaluationInput withKeys = new EvaluationInput(this.input.policyChanges(), this.input.helped(),
					this.input.hindered(), this.input.mentorRole(), this.input.otherActions(), this.input.learned(),
					this.input.changedItself(), this.input.timeAmount(), this.input.timeUnit(),
					this.input.mentorAgain(), this.input.scores(), this.input.comments(),
					actions.stream().map(Evaluation.ImplementedAction::key).toList());
			return new Evaluation(this.id, this.groupId, this.participantId, this.side, this.submitted, withKeys,
					actions, this.updatedAt, this.updatedBy, this.submittedAt, this.submittedBy, this.version);
		}

	}

}
