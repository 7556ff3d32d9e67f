package org.citymentor.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.citymentor.report.MatchDates;
import org.citymentor.shared.DisplayZone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The day each group's match was published, in the display time zone; one query. */
@Component
@Transactional(readOnly = true)
class MatchDatesForReports implements MatchDates {

	private final JdbcClient jdbc;

	private final DisplayZone zone;

	MatchDatesForReports(JdbcClient jdbc, DisplayZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	@Override
	public Map<Long, LocalDate> publishedOn(Collection<Long> groupIds) {
		Map<Long, LocalDate> days = new HashMap<>();
		if (groupIds.isEmpty()) {
			return days;
		}
		this.jdbc.sql("""
				select a.group_id, min((m.published_at at time zone :zone)::date) as published_on
				from call_match m join call_application a on a.id = m.mentee_application_id
				where m.status = 'PUBLISHED' and a.group_id in (:groups)
				group by a.group_id
				""").param("zone", this.zone.zone().getId()).param("groups", groupIds).query((rs) -> {
			days.put(rs.getLong("group_id"), rs.getObject("published_on", LocalDate.class));
		});
		return days;
	}

}
