package org.citymentor.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.access.ViewerAccess;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's table of a programme's groups: a bounded number of queries whatever
 * the number of groups (one for the page of groups, one for their organisations). Shows
 * what exists and its status, never confidential content.
 */
@Service
public class GroupOverview {

	/**
	 * Rows per page: 25 groups with their eleven journey steps keep the page's HTML well
	 * under 100 KB (GroupOverviewSizeTest).
	 */
	public static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration quietAfter;

	private final List<JourneyStep> steps;

	GroupOverview(JdbcClient jdbc, Clock clock, @Value("${citymentor.groups.quiet-after-days:21}") int quietAfterDays,
			List<JourneyStep> steps) {
		this.jdbc = jdbc;
		this.steps = steps;
		this.clock = clock;
		this.quietAfter = Duration.ofDays(quietAfterDays);
	}

	/** One page of rows; {@code pageSize} 0 means every row (for the CSV export). */
	@Transactional(readOnly = true)
	public Page rows(long programmeId, Filter filter, Collection<Long> onlyGroupIds, int page, int pageSize) {
		StringBuilder where = new StringBuilder(" where g.programme_id = :programme");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("programme", programmeId);
		if (filter.themeId() != null) {
			where.append(" and exists (select 1 from group_theme t where t.group_id = g.id and t.theme_id = :theme)");
			params.put("theme", filter.themeId());
		}
		if (filter.status() != null) {
			where.append(" and g.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.country() != null) {
			where
				.append(" and exists (select 1 from group_participant p join organisation o on o.id = p.organisation_id"
						+ " where p.group_id = g.id and o.country = :country)");
			params.put("country", filter.country());
		}
		if (onlyGroupIds != null) {
			if (onlyGroupIds.isEmpty()) {
				return new Page(List.of(), 0, page, Math.max(pageSize, 1));
			}
			where.append(" and g.id in (:only)");
			params.put("only", onlyGroupIds);
		}
		String limit = (pageSize > 0) ? " limit " + pageSize + " offset " + (long) Math.max(page, 0) * pageSize : "";
		Instant quietBefore = this.clock.instant().minus(this.quietAfter);
		long[] total = { 0 };
		// the total comes with the rows (a window over the filtered groups)
		List<Row> rows = this.jdbc.sql("""
				select g.id, g.title, g.status, g.start_date, g.end_date, g.last_activity_at,
				       count(*) over () as total
				from mentoring_group g""" + where + " order by " + filter.sort().orderBy() + ", g.id" + limit)
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				Instant lastActivity = rs.getTimestamp("last_activity_at").toInstant();
				return new Row(rs.getLong("id"), rs.getString("title"), GroupStatus.valueOf(rs.getString("status")),
						toDate(rs.getObject("start_date")), toDate(rs.getObject("end_date")), lastActivity,
						lastActivity.isBefore(quietBefore), new ArrayList<>(), new LinkedHashMap<>(),
						new LinkedHashMap<>());
			})
			.list();
		if (rows.isEmpty() && page > 0) {
			// past the last page: count on its own
			total[0] = this.jdbc.sql("select count(*) from mentoring_group g" + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		addSteps(programmeId, rows, addParticipants(rows));
		return new Page(rows, total[0], Math.max(page, 0), (pageSize > 0) ? pageSize : Math.max(rows.size(), 1));
	}

	/** The participants of the rows' groups, by group, for the journey steps too. */
	private Map<Long, List<GroupDetails.Participant>> addParticipants(List<Row> rows) {
		Map<Long, List<GroupDetails.Participant>> participants = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			return participants;
		}
		Map<Long, Row> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.put(row.id(), row));
		this.jdbc.sql("""
				select p.group_id, p.id, p.organisation_id, o.name, o.country, p.side, p.role
				from group_participant p join organisation o on o.id = p.organisation_id
				where p.group_id in (:ids) order by p.id
				""").param("ids", byId.keySet()).query((rs) -> {
			long groupId = rs.getLong("group_id");
			ParticipantSide side = ParticipantSide.valueOf(rs.getString("side"));
			ParticipantRole role = ParticipantRole.valueOf(rs.getString("role"));
			byId.get(groupId)
				.participants()
				.add(new Organisation(rs.getLong("organisation_id"), rs.getString("name"), rs.getString("country"),
						side, role));
			participants.computeIfAbsent(groupId, (k) -> new ArrayList<>())
				.add(new GroupDetails.Participant(rs.getLong("id"), rs.getLong("organisation_id"), side, role));
		});
		return participants;
	}

	/** The keys of the journey steps that features answer for, in a stable order. */
	public List<String> stepKeys() {
		List<String> order = java.util.Arrays.stream(org.citymentor.programme.ProgrammeStep.values())
			.map(Enum::name)
			.toList();
		// matching has its own column (below)
		return this.steps.stream()
			.map(JourneyStep::key)
			.filter((key) -> !"MATCHING".equals(key))
			.sorted(java.util.Comparator
				.comparingInt((String key) -> order.contains(key) ? order.indexOf(key) : order.size()))
			.toList();
	}

	/** Every step answers for the whole page at once, from what the page loaded. */
	private void addSteps(long programmeId, List<Row> rows, Map<Long, List<GroupDetails.Participant>> participants) {
		if (rows.isEmpty()) {
			return;
		}
		JourneyBatch batch = new JourneyBatch(rows.stream()
			.map((row) -> new JourneyBatch.Group(row.id(), programmeId, row.status(),
					participants.getOrDefault(row.id(), List.of())))
			.toList(), ViewerAccess.NOBODY);
		for (JourneyStep step : this.steps) {
			Map<Long, JourneyStep.Cell> cells = step.overview(batch);
			rows.forEach((row) -> {
				JourneyStep.Cell cell = cells.get(row.id());
				row.steps().put(step.key(), (cell != null) ? cell.status() : TaskStatus.NOT_STARTED);
				if (cell != null && cell.detail() != null) {
					row.details().put(step.key(), cell.detail());
				}
			});
		}
	}

	private static LocalDate toDate(Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : null;
	}

	/** How to narrow and order the table. */
	public record Filter(Long themeId, GroupStatus status, String country, Sort sort) {

		public Filter {
			sort = (sort != null) ? sort : Sort.TITLE;
		}

	}

	/** The orders the table offers. */
	public enum Sort {

		TITLE("lower(g.title)"), STATUS("g.status"), LAST_ACTIVITY("g.last_activity_at desc"),
		LEAST_ACTIVE("g.last_activity_at asc");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

		String orderBy() {
			return this.orderBy;
		}

	}

	/** One group in the table. */
	public record Row(long id, String title, GroupStatus status, LocalDate startDate, LocalDate endDate,
			Instant lastActivityAt, boolean quiet, List<Organisation> participants, Map<String, TaskStatus> steps,
			Map<String, String> details) {

		public List<Organisation> mentees() {
			return this.participants.stream()
				.filter((p) -> p.side() != ParticipantSide.MENTOR && p.role() != ParticipantRole.FACILITATOR)
				.toList();
		}

		public List<Organisation> mentors() {
			return this.participants.stream()
				.filter((p) -> p.side() != ParticipantSide.MENTEE && p.role() != ParticipantRole.FACILITATOR)
				.toList();
		}

		/**
		 * Matching is the journey step this table can show today; the others follow their
		 * features.
		 */
		public TaskStatus matching() {
			if (this.steps.containsKey("MATCHING")) {
				return this.steps.get("MATCHING");
			}
			return Journey.matchingStatus(this.participants.stream()
				.filter((p) -> p.role() != ParticipantRole.FACILITATOR)
				.map(Organisation::side)
				.toList());
		}

	}

	/** An organisation of a group in the table. */
	public record Organisation(long id, String name, String country, ParticipantSide side, ParticipantRole role) {
	}

	/** A page of rows with the total count. */
	public record Page(List<Row> rows, long total, int number, int size) {

		public int totalPages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

		public boolean hasNext() {
			return this.number + 1 < totalPages();
		}

		public boolean hasPrevious() {
			return this.number > 0;
		}

		public boolean hasContent() {
			return !this.rows.isEmpty();
		}

		public long getTotalElements() {
			return this.total;
		}

	}

}
