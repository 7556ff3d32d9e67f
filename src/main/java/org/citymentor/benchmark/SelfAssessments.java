package org.citymentor.benchmark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citymentor.shared.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which benchmark a group works with, the participants' self-assessments against it (one
 * draft at a time, then dated submitted assessments) and the focus they choose.
 */
@Service
@Transactional
public class SelfAssessments {

	private final JdbcClient jdbc;

	private final Clock clock;

	SelfAssessments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void chooseBenchmark(long groupId, long benchmarkId, Long actorId) {
		this.jdbc.sql("""
				insert into group_benchmark (group_id, benchmark_id, chosen_by, chosen_at) values (?, ?, ?, ?)
				on conflict (group_id) do update set benchmark_id = excluded.benchmark_id,
				    chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at
				""").params(groupId, benchmarkId, actorId, now()).update();
	}

	@Transactional(readOnly = true)
	public Optional<Long> benchmarkOf(long groupId) {
		return this.jdbc.sql("select benchmark_id from group_benchmark where group_id = ?")
			.param(groupId)
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> draft(long participantId) {
		return load("where a.participant_id = ? and a.status = 'DRAFT'", participantId).stream().findFirst();
	}

	/** The submitted assessments, oldest first. */
	@Transactional(readOnly = true)
	public List<Assessment> submitted(long participantId) {
		return load("where a.participant_id = ? and a.status = 'SUBMITTED'", participantId);
	}

	/**
	 * Saves the draft's answers: a new draft when {@code seenVersion} is null, else the
	 * draft as the person saw it. Someone who saved it meanwhile makes this a
	 * {@link StaleEditException}.
	 */
	public long saveDraft(long groupId, long participantId, long versionId, Long seenVersion,
			Map<Long, Assessment.Score> scores, Map<Long, Assessment.ContextAnswer> context, Long actorId) {
		Optional<Assessment> draft = draft(participantId);
		long id;
		if (draft.isEmpty()) {
			if (seenVersion != null) {
				throw new StaleEditException();
			}
			id = this.jdbc.sql("""
					insert into self_assessment (group_id, participant_id, version_id, status, updated_by, updated_at)
					values (?, ?, ?, 'DRAFT', ?, ?) returning id
					""").params(groupId, participantId, versionId, actorId, now()).query(Long.class).single();
		}
		else {
			id = draft.get().id();
			int updated = this.jdbc.sql("""
					update self_assessment set updated_by = ?, updated_at = ?, version = version + 1
					where id = ? and version = ? and status = 'DRAFT'
					""").params(actorId, now(), id, (seenVersion != null) ? seenVersion : -1).update();
			if (updated == 0) {
				throw new StaleEditException();
			}
			this.jdbc.sql("delete from self_assessment_score where assessment_id = ?").param(id).update();
			this.jdbc.sql("delete from self_assessment_context where assessment_id = ?").param(id).update();
		}
		scores.forEach((key, score) -> this.jdbc
			.sql("insert into self_assessment_score (assessment_id, factor_key, score, evidence) values (?, ?, ?, ?)")
			.params(id, key, score.score(), score.evidence())
			.update());
		context.forEach((key, answer) -> this.jdbc
			.sql("insert into self_assessment_context (assessment_id, factor_key, weighs, note) values (?, ?, ?, ?)")
			.params(id, key, answer.weighs(), answer.note())
			.update());
		return id;
	}

	/**
	 * Submits the participant's draft as an assessment dated {@code assessedOn}; refused
	 * (false) when a key factor of its version has no score.
	 */
	public boolean submit(long participantId, long seenVersion, LocalDate assessedOn, Long actorId) {
		Assessment draft = draft(participantId).orElseThrow(StaleEditException::new);
		if (draft.version() != seenVersion) {
			throw new StaleEditException();
		}
		long missing = this.jdbc
			.sql("""
					select count(*) from benchmark_version_factor f
					where f.version_id = ? and f.kind = 'KEY'
					  and not exists (select 1 from self_assessment_score s where s.assessment_id = ? and s.factor_key = f.factor_key
					                  and s.score is not null)
					""")
			.params(draft.versionId(), draft.id())
			.query(Long.class)
			.single();
		if (missing > 0) {
			return false;
		}
		this.jdbc.sql("""
				update self_assessment set status = 'SUBMITTED', assessed_on = ?, submitted_by = ?, updated_by = ?,
				       updated_at = ?, version = version + 1
				where id = ?
				""").params(assessedOn, actorId, actorId, now(), draft.id()).update();
		return true;
	}

	/** Today's date, for an assessment submitted now. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The participant's focus: the keys of the key factors chosen. */
	@Transactional(readOnly = true)
	public Set<Long> focus(long participantId) {
		return Set.copyOf(this.jdbc.sql("select factor_key from assessment_focus where participant_id = ?")
			.param(participantId)
			.query(Long.class)
			.list());
	}

	/** Replaces the focus with key factors of the given (assessed) version. */
	public void chooseFocus(long participantId, long versionId, Collection<Long> factorKeys, Long actorId) {
		this.jdbc.sql("delete from assessment_focus where participant_id = ?").param(participantId).update();
		for (Long key : factorKeys) {
			this.jdbc.sql("""
					insert into assessment_focus (participant_id, version_id, factor_key, chosen_by, chosen_at)
					values (?, ?, ?, ?, ?)
					""").params(participantId, versionId, key, actorId, now()).update();
		}
	}

	/**
	 * Where each participant of these groups stands, for the task list and the overview:
	 * one query for all.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Standing> standings(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Standing> standings = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select p.id, p.group_id,
					       exists (select 1 from self_assessment a where a.participant_id = p.id and a.status = 'DRAFT') as has_draft,
					       (select max(a.assessed_on) from self_assessment a where a.participant_id = p.id
					        and a.status = 'SUBMITTED') as last_assessed,
					       (select count(*) from assessment_focus f where f.participant_id = p.id) as focus
					from group_participant p where p.group_id in (:groups)
					""")
			.param("groups", groupIds)
			.query((rs, row) -> {
				LocalDate last = rs.getObject("last_assessed", LocalDate.class);
				return new Standing(rs.getLong("id"), rs.getLong("group_id"), rs.getBoolean("has_draft"), last,
						rs.getInt("focus"));
			})
			.list()
			.forEach((s) -> standings.put(s.participantId(), s));
		return standings;
	}

	/** The groups among these that chose a benchmark. */
	@Transactional(readOnly = true)
	public Set<Long> groupsWithBenchmark(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("select group_id from group_benchmark where group_id in (:groups)")
			.param("groups", groupIds)
			.query(Long.class)
			.list());
	}

	/** A participant's self-assessment state. */
	public record Standing(long participantId, long groupId, boolean hasDraft, LocalDate lastAssessed, int focus) {

		public boolean hasSubmitted() {
			return this.lastAssessed != null;
		}

	}

	private List<Assessment> load(String where, long participantId) {
		Map<Long, Map<Long, Assessment.Score>> scores = new HashMap<>();
		this.jdbc
			.sql("select s.assessment_id, s.factor_key, s.score, s.evidence from self_assessment_score s "
					+ "join self_assessment a on a.id = s.assessment_id " + where)
			.param(participantId)
			.query((ResultSet rs) -> {
				scores.computeIfAbsent(rs.getLong("assessment_id"), (k) -> new HashMap<>())
					.put(rs.getLong("factor_key"),
							new Assessment.Score(rs.getObject("score", Integer.class), rs.getString("evidence")));
			});
		Map<Long, Map<Long, Assessment.ContextAnswer>> context = new HashMap<>();
		this.jdbc
			.sql("select c.assessment_id, c.factor_key, c.weighs, c.note from self_assessment_context c "
					+ "join self_assessment a on a.id = c.assessment_id " + where)
			.param(participantId)
			.query((ResultSet rs) -> {
				context.computeIfAbsent(rs.getLong("assessment_id"), (k) -> new HashMap<>())
					.put(rs.getLong("factor_key"),
							new Assessment.ContextAnswer(rs.getObject("weighs", Boolean.class), rs.getString("note")));
			});
		return this.jdbc
			.sql("""
					select a.id, a.group_id, a.participant_id, a.version_id, a.status, a.assessed_on, a.updated_at, a.version
					from self_assessment a
					"""
					+ where + " order by a.assessed_on nulls last, a.id")
			.param(participantId)
			.query((rs, row) -> assessment(rs, scores, context))
			.list();
	}

	private static Assessment assessment(ResultSet rs, Map<Long, Map<Long, Assessment.Score>> scores,
			Map<Long, Map<Long, Assessment.ContextAnswer>> context) throws SQLException {
		long id = rs.getLong("id");
		return new Assessment(id, rs.getLong("group_id"), rs.getLong("participant_id"), rs.getLong("version_id"),
				"SUBMITTED".equals(rs.getString("status")), rs.getObject("assessed_on", LocalDate.class),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"), scores.getOrDefault(id, Map.of()),
				context.getOrDefault(id, Map.of()));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
