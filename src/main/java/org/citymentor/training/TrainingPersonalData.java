package org.citymentor.training;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training sessions: whether a person attended, what they expect, can bring and worry
 * about, the sessions they planned and the files they uploaded. Erasure keeps the
 * sessions, attendance and expectations and replaces the planner's and the recorder's
 * name.
 */
@Component
class TrainingPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	TrainingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "trainings";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		long id = person.userId();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("attendance",
				PersonalRows.rows(this.jdbc,
						"""
								select t.title, t.held_on, a.attended, a.recorded_at
								from training_attendance a join training t on t.id = a.training_id where a.user_id = ? order by t.held_on
								""",
						id));
		data.put("expectations",
				PersonalRows.rows(this.jdbc,
						"""
								select t.title, t.held_on, e.expects, e.contributes, e.worries, e.updated_at
								from training_expectation e join training t on t.id = e.training_id where e.user_id = ? order by t.held_on
								""",
						id));
		data.put("sessionsYouPlanned", PersonalRows.rows(this.jdbc, """
				select title, held_on, created_at from training where lower(created_by) = lower(?) order by held_on
				""", person.displayName()));
		data.put("filesYouUploaded",
				PersonalRows.rows(this.jdbc,
						"""
								select t.title, f.file_name, f.uploaded_at
								from training_file f join training t on t.id = f.training_id where f.uploaded_by = ? order by f.uploaded_at
								""",
						id));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "training", "created_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "training_attendance", "recorded_by");
	}

}
