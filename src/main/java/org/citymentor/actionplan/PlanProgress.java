package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.PlanMonitoring.Entry;
import org.citymentor.actionplan.PlanMonitoring.Kind;
import org.citymentor.actionplan.PlanMonitoring.Status;
import org.citymentor.activity.Activities;
import org.citymentor.activity.ActivityKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated progress updates of a plan's actions (by the mentee organisation) and the
 * observations of the mentor side, with the indicator values reported.
 */
@Service
@Transactional
public class PlanProgress {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Activities activities;

	PlanProgress(JdbcClient jdbc, Clock clock, Activities activities) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.activities = activities;
	}

	/**
	 * Records an update or an observation; an update goes into the group's history.
	 * @param status required for an update, ignored for an observation
	 * @param values indicator values of an update, by indicator key
	 */
	public long log(long documentId, UUID actionKey, Kind kind, LocalDate reportedOn, Status status, String note,
			Map<UUID, BigDecimal> values, Author author, History history) {
		long id = this.jdbc.sql("""
				insert into plan_progress (document_id, action_key, kind, reported_on, status, note, author_id,
				    author_name, organisation_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(documentId, actionKey, kind.name(), reportedOn, (kind == Kind.UPDATE) ? status.name() : null, note,
					author.userId(), author.name(), author.organisationId(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		if (kind == Kind.UPDATE) {
			values.forEach((indicator, value) -> this.jdbc
				.sql("insert into plan_progress_value (progress_id, indicator_key, value) values (?, ?, ?)")
				.params(id, indicator, value)
				.update());
			this.activities.record(history.programmeId(), history.groupId(),
					new Activities.Actor(author.userId(), author.name()), ActivityKind.ACTION_PROGRESS_LOGGED,
					history.subject());
		}
		return id;
	}

	/** Every update and observation of a plan, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> of(long documentId) {
		Map<Long, Map<UUID, BigDecimal>> values = new HashMap<>();
		this.jdbc.sql("""
				select v.progress_id, v.indicator_key, v.value from plan_progress_value v
				join plan_progress p on p.id = v.progress_id where p.document_id = ?
				""").param(documentId).query((rs) -> {
			values.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>())
				.put(rs.getObject(2, UUID.class), rs.getBigDecimal(3));
		});
		return this.jdbc.sql("""
				select id, action_key, kind, reported_on, status, note, author_name, created_at from plan_progress
				where document_id = ? order by reported_on desc, id desc
				""")
			.param(documentId)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("action_key", UUID.class),
					Kind.valueOf(rs.getString("kind")), rs.getObject("reported_on", LocalDate.class),
					(rs.getString("status") != null) ? Status.valueOf(rs.getString("status")) : null,
					rs.getString("note"), rs.getString("author_name"), rs.getTimestamp("created_at").toInstant(),
					values.getOrDefault(rs.getLong("id"), Map.of())))
			.list();
	}

	/**
	 * Where the monitoring of the given plans stands, in one query: per plan, the latest
	 * status of each of its actions and whether any update was logged.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanMonitoring.Summary> summaries(Collection<Long> documentIds) {
		Map<Long, Map<Status, Integer>> counts = new LinkedHashMap<>();
		Map<Long, Integer> actions = new HashMap<>();
		Map<Long, Integer> updates = new HashMap<>();
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		this.jdbc
			.sql("""
					select pa.document_id,
					       (select p.status from plan_progress p
					        where p.document_id = pa.document_id and p.action_key = pa.action_key and p.kind = 'UPDATE'
					        order by p.reported_on desc, p.id desc limit 1) as status,
					       (select count(*) from plan_progress p
					        where p.document_id = pa.document_id and p.action_key = pa.action_key and p.kind = 'UPDATE') as updates
					from plan_action pa where pa.document_id in (:documents)
					""")
			.param("documents", documentIds)
			.query((rs) -> {
				long document = rs.getLong("document_id");
				Status status = (rs.getString("status") != null) ? Status.valueOf(rs.getString("status"))
						: Status.NOT_STARTED;
				counts.computeIfAbsent(document, (k) -> new java.util.EnumMap<>(Status.class))
					.merge(status, 1, Integer::sum);
				actions.merge(document, 1, Integer::sum);
				updates.merge(document, rs.getInt("updates"), Integer::sum);
			});
		Map<Long, PlanMonitoring.Summary> result = new LinkedHashMap<>();
		for (Long document : documentIds) {
			result.put(document, new PlanMonitoring.Summary(actions.getOrDefault(document, 0),
					counts.getOrDefault(document, Map.of()), updates.getOrDefault(document, 0)));
		}
		return result;
	}

	/** A plan's summary (see {@link #summaries}). */
	@Transactional(readOnly = true)
	public PlanMonitoring.Summary summary(long documentId) {
		return summaries(List.of(documentId)).get(documentId);
	}

	/** Where an update is recorded in the history: the group and what it is about. */
	public record History(long programmeId, long groupId, String subject) {
	}

	/** Who logs an entry, and the organisation they act for. */
	public record Author(Long userId, String name, Long organisationId) {
	}

}
