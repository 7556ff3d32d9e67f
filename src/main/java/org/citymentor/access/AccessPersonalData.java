package org.citymentor.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Memberships: which programmes a person coordinates and which groups they belong to. An
 * erased person coordinates nothing more and leaves their groups; the dates of their
 * membership stay, so the history still adds up.
 */
@Component
class AccessPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	AccessPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "memberships";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("coordinatedProgrammes", PersonalRows.rows(this.jdbc, """
				select p.id, p.name from programme_coordinator c join programme p on p.id = c.programme_id
				where c.user_id = ? order by p.name
				""", person.userId()));
		data.put("groups",
				PersonalRows.rows(this.jdbc,
						"""
								select g.id as group_id, g.title as group_title, o.name as organisation, m.role, m.joined_at, m.removed_at
								from group_member m join mentoring_group g on g.id = m.group_id
								join group_participant p on p.id = m.participant_id join organisation o on o.id = p.organisation_id
								where m.user_id = ? order by m.joined_at
								""",
						person.userId()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc.sql("delete from programme_coordinator where user_id = ?").param(person.userId()).update();
		this.jdbc.sql("update group_member set removed_at = now() where user_id = ? and removed_at is null")
			.param(person.userId())
			.update();
	}

}
