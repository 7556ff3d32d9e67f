package org.citymentor.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits of a group: planning them, changing them without overwriting someone else's
 * change, and the rules a series keeps (no two visits of a group on the same days, within
 * the group's period).
 */
@Service
@Transactional
public class Visits {

	private final JdbcClient jdbc;

	private final Clock clock;

	Visits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Visit> of(long groupId) {
		return this.jdbc.sql("select * from visit where group_id = ? order by starts_on, number, id")
			.param(groupId)
			.query(Visits::map)
			.list();
	}

	/** The visits of many groups at once (task lists, overviews, calendars). */
	@Transactional(readOnly = true)
	public Map<Long, List<Visit>> of(Collection<Long> groupIds) {
		Map<Long, List<Visit>> result = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("select * from visit where group_id in (:ids) order by group_id, starts_on, number, id")
			.param("ids", groupIds)
			.query(Visits::map)
			.list()
			.forEach((v) -> result.computeIfAbsent(v.groupId(), (k) -> new java.util.ArrayList<>()).add(v));
		return result;
	}

	/** The visit of this group; 404 for an id of another group (a guessed id). */
	@Transactional(readOnly = true)
	public Visit require(long groupId, long visitId) {
		return find(groupId, visitId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Visit> find(long groupId, long visitId) {
		return this.jdbc.sql("select * from visit where id = ? and group_id = ?")
			.params(visitId, groupId)
			.query(Visits::map)
			.optional();
	}

	public long create(long groupId, VisitData data, String who) {
		check(groupId, null, data);
		return this.jdbc
			.sql("""
					insert into visit (group_id, number, host_organisation_id, mode, meeting_link, place, starts_on, ends_on,
					    time_zone, purpose, questions, status, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(groupId, data.number(), data.hostOrganisationId(), data.mode().name(), data.meetingLink(),
					data.place(), data.startsOn(), data.endsOn(), data.timeZone(), data.purpose(), data.questions(),
					data.status().name(), now(), who)
			.query(Long.class)
			.single();
	}

	/**
	 * Changes a visit.
	 * @throws StaleEditException when someone changed it since the person opened it
	 * @throws VisitRuleException when the new days break a rule of the series
	 */
	public void update(long groupId, long visitId, long expectedVersion, VisitData data, String who) {
		require(groupId, visitId);
		check(groupId, visitId, data);
		int updated = this.jdbc.sql("""
				update visit set number = ?, host_organisation_id = ?, mode = ?, meeting_link = ?, place = ?,
				    starts_on = ?, ends_on = ?, time_zone = ?, purpose = ?, questions = ?, status = ?, updated_at = ?,
				    updated_by = ?, version = version + 1
				where id = ? and group_id = ? and version = ?
				""")
			.params(data.number(), data.hostOrganisationId(), data.mode().name(), data.meetingLink(), data.place(),
					data.startsOn(), data.endsOn(), data.timeZone(), data.purpose(), data.questions(),
					data.status().name(), now(), who, visitId, groupId, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	/**
	 * The rules of a series: within the group's period, and not on the days of another
	 * visit of the group that is not cancelled.
	 */
	private void check(long groupId, Long visitId, VisitData data) {
		Map<String, Object> period = this.jdbc.sql("select start_date, end_date from mentoring_group where id = ?")
			.param(groupId)
			.query((rs, n) -> {
				Map<String, Object> row = new java.util.HashMap<>();
				row.put("start", rs.getObject("start_date", LocalDate.class));
				row.put("end", rs.getObject("end_date", LocalDate.class));
				return row;
			})
			.optional()
			.orElseThrow(NotFoundException::new);
		LocalDate start = (LocalDate) period.get("start");
		LocalDate end = (LocalDate) period.get("end");
		if ((start != null && data.startsOn().isBefore(start)) || (end != null && data.endsOn().isAfter(end))) {
			throw new VisitRuleException("startsOn", "visit.error.outsidePeriod");
		}
		if (data.status() == VisitStatus.CANCELLED) {
			return;
		}
		boolean overlaps = this.jdbc.sql("""
				select exists (select 1 from visit where group_id = ? and id <> ? and status <> 'CANCELLED'
				               and starts_on <= ? and ends_on >= ?)
				""")
			.params(groupId, (visitId != null) ? visitId : -1L, data.endsOn(), data.startsOn())
			.query(Boolean.class)
			.single();
		if (overlaps) {
			throw new VisitRuleException("startsOn", "visit.error.overlap");
		}
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	static Visit map(ResultSet rs, int row) throws SQLException {
		return new Visit(rs.getLong("id"), rs.getLong("group_id"), rs.getInt("number"),
				(Long) rs.getObject("host_organisation_id"), VisitMode.valueOf(rs.getString("mode")),
				rs.getString("meeting_link"), rs.getString("place"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("time_zone"), rs.getString("purpose"),
				rs.getString("questions"), VisitStatus.valueOf(rs.getString("status")), rs.getLong("version"));
	}

}
