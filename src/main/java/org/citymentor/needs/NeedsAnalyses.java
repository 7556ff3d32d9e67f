package org.citymentor.needs;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the needs analyses of groups stand, without their content: per mentee city
 * whether it is started and how many versions were submitted.
 */
@Service
@Transactional(readOnly = true)
public class NeedsAnalyses {

	private final JdbcClient jdbc;

	NeedsAnalyses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The mentee cities of the groups and their needs analysis, in one query. */
	public Map<Long, List<Progress>> of(Collection<Long> groupIds) {
		Map<Long, List<Progress>> byGroup = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return byGroup;
		}
		this.jdbc.sql("""
				select p.group_id, p.id as participant_id, p.organisation_id, d.id as document_id, d.status,
				       (select count(*) from form_version v where v.document_id = d.id) as versions
				from group_participant p
				left join form_document d on d.participant_id = p.id and d.kind = 'NEEDS_ANALYSIS'
				where p.group_id in (:groups) and p.side in ('MENTEE', 'BOTH') and p.role = 'CITY'
				order by p.group_id, p.id
				""").param("groups", groupIds).query((rs, n) -> {
			Progress progress = new Progress(rs.getLong("participant_id"), rs.getLong("organisation_id"),
					rs.getObject("document_id") != null, rs.getInt("versions"),
					"SUBMITTED".equals(rs.getString("status")));
			byGroup.computeIfAbsent(rs.getLong("group_id"), (id) -> new java.util.ArrayList<>()).add(progress);
			return progress;
		}).list();
		return byGroup;
	}

	/**
	 * A mentee city's needs analysis: started or not, how many versions it has, whether
	 * the latest is submitted (not reopened).
	 */
	public record Progress(long participantId, long organisationId, boolean started, int versions, boolean submitted) {
	}

}
