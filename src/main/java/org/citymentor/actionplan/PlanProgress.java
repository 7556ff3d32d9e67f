package org.citymentor.actionplan;

import java.math.BigDecimal;
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
		return this.jdbc.sql("select " + ENTRY_COLUMNS + """
				from plan_progress p where p.document_id = ? order by p.reported_on desc, p.id desc
				""").param(documentId).query((rs, n) -> entry(rs)).list();
	}

	/** Every update and observation of one action of a plan, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> ofAction(long documentId, UUID actionKey) {
		return this.jdbc.sql("select " + ENTRY_COLUMNS + """
				from plan_progress p where p.document_id = ? and p.action_key = ?
				order by p.reported_on desc, p.id desc
				""").params(documentId, actionKey).query((rs, n) -> entry(rs)).list();
	}

	/**
	 * What the monitoring of a plan needs, in one query however long its history: per
	 * action its latest update and latest observation, and for each indicator the latest
	 * update that reported a value of it (newest first), with how many of each kind every
	 * action has. {@link PlanMonitoring#of} judges these as it would the whole history.
	 */
	@Transactional(readOnly = true)
	public Recent recent(long documentId) {
		Map<UUID, Counts> counts = new HashMap<>();
		List<Entry> entries = this.jdbc.sql("""
				with ranked as (
				    select p.id, row_number() over (partition by p.action_key, p.kind
				                                    order by p.reported_on desc, p.id desc) as rank,
				           count(*) over (partition by p.action_key, p.kind) as of_kind
				    from plan_progress p where p.document_id = :document),
				valued as (
				    select distinct on (v.indicator_key) v.progress_id
				    from plan_progress_value v join plan_progress p on p.id = v.progress_id
				    where p.document_id = :document and p.kind = 'UPDATE'
				    order by v.indicator_key, p.reported_on desc, p.id desc)
				select r.rank, r.of_kind,\s""" + ENTRY_COLUMNS + """
				from ranked r join plan_progress p on p.id = r.id
				where r.rank = 1 or r.id in (select progress_id from valued)
				order by p.reported_on desc, p.id desc
				""").param("document", documentId).query((rs, n) -> {
			Entry entry = entry(rs);
			if (rs.getInt("rank") == 1) {
				Counts was = counts.getOrDefault(entry.actionKey(), Counts.NONE);
				counts.put(entry.actionKey(), entry.update() ? new Counts(rs.getInt("of_kind"), was.observations())
						: new Counts(was.updates(), rs.getInt("of_kind")));
			}
			return entry;
		}).list();
		return new Recent(entries, counts);
	}

	/** The columns of an entry, its indicator values as "key=value;key=value". */
	private static final String ENTRY_COLUMNS = """
			p.id, p.action_key, p.kind, p.reported_on, p.status, p.note, p.author_name, p.created_at,
			(select string_agg(v.indicator_key || '=' || v.value, ';') from plan_progress_value v
			 where v.progress_id = p.id) as indicator_values
			""";

	private static Entry entry(ResultSet rs) throws SQLException {
		Map<UUID, BigDecimal> values = new LinkedHashMap<>();
		String text = rs.getString("indicator_values");
		if (text != null) {
			for (String pair : text.split(";")) {
				int at = pair.indexOf('=');
				values.put(UUID.fromString(pair.substring(0, at)), new BigDecimal(pair.substring(at + 1)));
			}
		}
		return new Entry(rs.getLong("id"), rs.getObject("action_key", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getObject("reported_on", LocalDate.class),
				(rs.getString("status") != null) ? Status.valueOf(rs.getString("status")) : null, rs.getString("note"),
				rs.getString("author_name"), rs.getTimestamp("created_at").toInstant(), values);
	}

	/**
	 * The entries of a plan that tell where it stands (see {@link #recent}), and how many
	 * entries each action has.
	 */
	public record Recent(List<Entry> entries, Map<UUID, Counts> counts) {

		public Counts counts(UUID actionKey) {
			return this.counts.getOrDefault(actionKey, Counts.NONE);
		}

	}

	/** How many updates and observations an action has. */
	public record Counts(int updates, int observations) {

		static final Counts NONE = new Counts(0, 0);

		public int total() {
			return this.updates + this.observations;
		}

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
