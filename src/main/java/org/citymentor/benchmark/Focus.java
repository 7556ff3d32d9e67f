package org.citymentor.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.matching.MenteeFocus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the self-assessments: the focus each participant chose,
 * as the titles of its key factors in the benchmark version it assessed.
 */
@Service
@Transactional(readOnly = true)
public class Focus implements MenteeFocus {

	private final JdbcClient jdbc;

	Focus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The titles of each participant's focus key factors, in the benchmark's order; a
	 * participant without a focus is left out. One query for all.
	 */
	@Override
	public Map<Long, List<String>> focusTitles(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> titles = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.participant_id, vf.title from assessment_focus f
				join benchmark_version_factor vf on vf.version_id = f.version_id and vf.factor_key = f.factor_key
				where f.participant_id in (:participants)
				order by f.participant_id, vf.number, vf.factor_key
				""")
			.param("participants", participantIds)
			.query((rs, row) -> Map.entry(rs.getLong("participant_id"), rs.getString("title")))
			.list()
			.forEach((e) -> titles.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return titles;
	}

}
