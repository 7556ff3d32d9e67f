package org.citymentor.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of a group's self-assessments over time: for each city with
 * at least two submitted assessments, its first and its latest score per key factor (the
 * closing evaluation shows this as "before and after"). Submitted assessments only; one
 * query.
 */
@Service
@Transactional(readOnly = true)
public class BeforeAndAfter {

	private final JdbcClient jdbc;

	BeforeAndAfter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Change> of(long groupId) {
		Map<Long, Change> changes = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					with submitted as (
					    select a.*, row_number() over (partition by a.participant_id order by a.assessed_on, a.id) as n,
					           count(*) over (partition by a.participant_id) as total
					    from self_assessment a where a.group_id = :group and a.status = 'SUBMITTED'
					), first_and_last as (select * from submitted where total >= 2 and (n = 1 or n = total))
					select f.participant_id, o.name as organisation, first.assessed_on as first_on, last.assessed_on as last_on,
					       vf.number, vf.title, fs.score as before, ls.score as after
					from (select distinct participant_id from first_and_last) f
					join group_participant gp on gp.id = f.participant_id
					join organisation o on o.id = gp.organisation_id
					join first_and_last first on first.participant_id = f.participant_id and first.n = 1
					join first_and_last last on last.participant_id = f.participant_id and last.n = last.total
					join benchmark_version_factor vf on vf.version_id = last.version_id and vf.kind = 'KEY'
					left join self_assessment_score fs on fs.assessment_id = first.id and fs.factor_key = vf.factor_key
					left join self_assessment_score ls on ls.assessment_id = last.id and ls.factor_key = vf.factor_key
					order by o.name, f.participant_id, vf.number
					""")
			.param("group", groupId)
			.query((rs, row) -> {
				long participant = rs.getLong("participant_id");
				Change fresh = new Change(participant, rs.getString("organisation"),
						rs.getObject("first_on", LocalDate.class), rs.getObject("last_on", LocalDate.class),
						new ArrayList<>());
				Change change = changes.computeIfAbsent(participant, (id) -> fresh);
				change.factors()
					.add(new Factor(rs.getInt("number"), rs.getString("title"), (Integer) rs.getObject("before"),
							(Integer) rs.getObject("after")));
				return change;
			})
			.list();
		return List.copyOf(changes.values());
	}

	/** One city's first and latest assessment. */
	public record Change(long participantId, String organisation, LocalDate firstOn, LocalDate latestOn,
			List<Factor> factors) {
	}

	/** A key factor's score then and now; null when it was not scored. */
	public record Factor(int number, String title, Integer before, Integer after) {

		public Integer difference() {
			return (this.before != null && this.after != null) ? this.after - this.before : null;
		}

	}

}
