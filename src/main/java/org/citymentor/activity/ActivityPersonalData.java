package org.citymentor.activity;

import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history names who did what. Erasing a person keeps every entry and writes the label
 * where their name (or e-mail address, in a subject) was.
 */
@Component
class ActivityPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ActivityPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "activity";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		return Map.of("whatYouDid", PersonalRows.rows(this.jdbc, """
				select a.created_at, a.kind, a.subject, g.title as group_title
				from activity a left join mentoring_group g on g.id = a.group_id
				where a.actor_id = ? order by a.created_at, a.id
				""", person.userId()));
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc.sql("update activity set actor_name = ? where actor_id = ?")
			.params(formerMemberLabel, person.userId())
			.update();
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "activity", "actor_name", "subject");
	}

}
