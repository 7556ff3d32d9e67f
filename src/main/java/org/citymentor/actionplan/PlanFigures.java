package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.citymentor.actionplan.PlanMonitoring.Status;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures on the plans of many groups, for programme reports and exports: only
 * what was submitted or approved counts, never a draft, and no note is read. An action
 * counts as it stands in the latest submitted version of its plan.
 */
@Service
@Transactional(readOnly = true)
public class PlanFigures {

	/** The actions of each plan's latest submitted version, from its frozen content. */
	private static final String LATEST_ACTIONS = """
			latest as (
			    select distinct on (v.document_id) v.document_id, v.id as version_id, v.number
			    from form_version v join form_document d on d.id = v.document_id
			    where d.kind = 'ACTION_PLAN' and %s
			    order by v.document_id, v.number desc
			), actions as (
			    select l.document_id, l.number, p ->> 'title' as part_title, a ->> 'title' as title,
			           a ->> 'startsOn' as starts_on, a ->> 'endsOn' as ends_on, a ->> 'leadName' as lead_name,
			           (a ->> 'key')::uuid as action_key, (p ->> 'position')::int as part_position,
			           (a ->> 'position')::int as action_position
			    from latest l join plan_version pv on pv.version_id = l.version_id
			         cross join lateral jsonb_array_elements(pv.content -> 'parts') p
			         cross join lateral jsonb_array_elements(p -> 'actions') a
			)
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	PlanFigures(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * How many actions of the groups' submitted plans stand at each status on the given
	 * day (their latest update up to then; not started before any).
	 */
	public Map<Status, Long> actionsByStatus(Collection<Long> groupIds, LocalDate asOf) {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		if (groupIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("with " + LATEST_ACTIONS.formatted("d.group_id in (:groups)") + """
				select coalesce((select p.status from plan_progress p
				                 where p.document_id = a.document_id and p.action_key = a.action_key
				                 and p.kind = 'UPDATE' and p.reported_on <= :asOf
				                 order by p.reported_on desc, p.id desc limit 1), 'NOT_STARTED') as status,
				       count(*) as actions
				from actions a group by 1
				""").param("groups", groupIds).param("asOf", asOf).query((rs) -> {
			counts.put(Status.valueOf(rs.getString("status")), rs.getLong("actions"));
		});
		return counts;
	}

	/**
	 * The day of each group's first approved plan, for groups whose first approval falls
	 * within the period; one query.
	 */
	public Map<Long, LocalDate> firstApprovals(Collection<Long> groupIds, LocalDate from, LocalDate to) {
		Map<Long, LocalDate> days = new java.util.HashMap<>();
		if (groupIds.isEmpty()) {
			return days;
		}
		this.jdbc.sql("""
				select d.group_id, min(a.decided_on) as decided_on
				from plan_approval a join form_document d on d.id = a.document_id
				where d.group_id in (:groups)
				group by d.group_id having min(a.decided_on) between :from and :to
				""").param("groups", groupIds).param("from", from).param("to", to).query((rs) -> {
			days.put(rs.getLong("group_id"), rs.getObject("decided_on", LocalDate.class));
		});
		return days;
	}

	/**
	 * Plans of the groups with a version submitted within the period, and plans approved
	 * (decision dated) within it.
	 */
	public Plans plans(Collection<Long> groupIds, LocalDate from, LocalDate to, String zone) {
		if (groupIds.isEmpty()) {
			return new Plans(0, 0, null);
		}
		return this.jdbc
			.sql("""
					select (select count(distinct d.id) from form_document d join form_version v on v.document_id = d.id
					        where d.kind = 'ACTION_PLAN' and d.group_id in (:groups)
					        and (v.submitted_at at time zone :zone)::date between :from and :to) as submitted,
					       (select count(distinct a.document_id) from plan_approval a join form_document d on d.id = a.document_id
					        where d.group_id in (:groups) and a.decided_on between :from and :to) as approved,
					       (select percentile_cont(0.5) within group (order by days) from (
					            select min(a.decided_on) - g.start_date as days
					            from plan_approval a join form_document d on d.id = a.document_id
					                 join mentoring_group g on g.id = d.group_id
					            where d.group_id in (:groups) and g.start_date is not null
					            group by g.id, g.start_date
					            having min(a.decided_on) between :from and :to) first_approvals) as median_days
					""")
			.param("groups", groupIds)
			.param("zone", zone)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Plans(rs.getLong("submitted"), rs.getLong("approved"),
					(rs.getObject("median_days") != null) ? (Double) rs.getDouble("median_days") : null))
			.single();
	}

	/**
	 * Every action of the programme's submitted plans with its latest reported status,
	 * handed over one at a time as the database sends them (a cursor, so that a large
	 * programme never sits in memory).
	 */
	public void eachAction(long programmeId, Consumer<ActionRow> sink) {
		String sql = "with "
				+ LATEST_ACTIONS
					.formatted("d.group_id in (select id from mentoring_group where programme_id = :programme)")
				+ """
						select g.title as group_title, o.name as organisation, a.number, a.part_title, a.title,
						       a.starts_on, a.ends_on, a.lead_name,
						       exists (select 1 from plan_approval pa join form_version v on v.id = pa.version_id
						               where pa.document_id = a.document_id and v.number = a.number) as approved,
						       u.status, u.reported_on
						from actions a join form_document d on d.id = a.document_id
						     join mentoring_group g on g.id = d.group_id
						     join group_participant gp on gp.id = d.participant_id
						     join organisation o on o.id = gp.organisation_id
						     left join lateral (select p.status, p.reported_on from plan_progress p
						                        where p.document_id = a.document_id and p.action_key = a.action_key
						                        and p.kind = 'UPDATE' order by p.reported_on desc, p.id desc limit 1) u on true
						order by g.title, g.id, o.name, a.part_position, a.action_position
						""";
		this.streaming.query(sql, new MapSqlParameterSource("programme", programmeId), (rs) -> {
			sink.accept(new ActionRow(rs.getString("group_title"), rs.getString("organisation"), rs.getInt("number"),
					rs.getBoolean("approved"), rs.getString("part_title"), rs.getString("title"),
					rs.getString("starts_on"), rs.getString("ends_on"), rs.getString("lead_name"),
					(rs.getString("status") != null) ? Status.valueOf(rs.getString("status")) : Status.NOT_STARTED,
					rs.getObject("reported_on", LocalDate.class)));
		});
	}

	/**
	 * @param medianDaysToApproval median days from a group's start to its first approved
	 * plan, null when no plan was approved
	 */
	public record Plans(long submitted, long approved, Double medianDaysToApproval) {
	}

	/** An action as a submitted version holds it, with its latest status. */
	public record ActionRow(String groupTitle, String organisation, int version, boolean approvedVersion, String part,
			String title, String startsOn, String endsOn, String leadName, Status status, LocalDate lastUpdate) {
	}

}
