package org.citymentor.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Benchmarks and self-assessments keep who did what as account ids only (no name or
 * address as text): the download lists the benchmarks a person created, the versions they
 * published, the benchmarks and focus they chose and the self-assessments they saved or
 * submitted, with their scores, evidence and context notes. Erasure has nothing to
 * replace: the account keeps its id and loses its name, so the content stays under
 * "former member".
 */
@Component
class BenchmarkPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	BenchmarkPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "benchmarks";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		long id = person.userId();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("benchmarksYouCreated", PersonalRows.rows(this.jdbc,
				"select title, introduction, created_at from benchmark where created_by = ? order by created_at", id));
		data.put("versionsYouPublished", PersonalRows.rows(this.jdbc, """
				select v.title, v.number, v.published_at from benchmark_version v where v.published_by = ?
				order by v.published_at
				""", id));
		data.put("benchmarksYouChoseForAGroup",
				PersonalRows.rows(this.jdbc,
						"""
								select g.title as group_title, b.title as benchmark, c.chosen_at
								from group_benchmark c join mentoring_group g on g.id = c.group_id join benchmark b on b.id = c.benchmark_id
								where c.chosen_by = ? order by c.chosen_at
								""",
						id));
		data.put("selfAssessments", PersonalRows.rows(this.jdbc, """
				select a.id as assessment, g.title as group_title, v.title as benchmark, v.number as benchmark_version,
				       a.status, a.assessed_on, a.submitted_by = ? as submitted_by_you, a.updated_at
				from self_assessment a join mentoring_group g on g.id = a.group_id
				join benchmark_version v on v.id = a.version_id
				where a.updated_by = ? or a.submitted_by = ? order by a.updated_at
				""", id, id, id));
		data.put("scoresAndEvidence", PersonalRows.rows(this.jdbc, """
				select a.id as assessment, f.title as factor, s.score, s.evidence
				from self_assessment_score s join self_assessment a on a.id = s.assessment_id
				left join benchmark_version_factor f on f.version_id = a.version_id and f.factor_key = s.factor_key
				where a.updated_by = ? or a.submitted_by = ? order by a.id, f.number
				""", id, id));
		data.put("contextNotes", PersonalRows.rows(this.jdbc, """
				select a.id as assessment, f.title as factor, c.weighs, c.note
				from self_assessment_context c join self_assessment a on a.id = c.assessment_id
				left join benchmark_version_factor f on f.version_id = a.version_id and f.factor_key = c.factor_key
				where a.updated_by = ? or a.submitted_by = ? order by a.id, f.number
				""", id, id));
		data.put("focusYouChose", PersonalRows.rows(this.jdbc, """
				select f.title as factor, s.chosen_at
				from assessment_focus s left join benchmark_version_factor f
				    on f.version_id = s.version_id and f.factor_key = s.factor_key
				where s.chosen_by = ? order by s.chosen_at
				""", id));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		// every "by" column here is an account id: nothing holds the name or the address
	}

}
