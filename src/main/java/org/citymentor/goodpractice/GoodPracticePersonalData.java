package org.citymentor.goodpractice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sheets a person wrote or changed and files they uploaded (kept: they are the
 * organisation's), and their name where a sheet gives it as the contact.
 */
@Component
class GoodPracticePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	GoodPracticePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "goodPractices";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("sheets", PersonalRows.rows(this.jdbc, """
				select id, title, status, created_at, updated_at, contact_name,
				       created_by = ? as written_by_you, updated_by = ? as last_changed_by_you
				from good_practice where created_by = ? or updated_by = ? or contact_name = ? order by id
				""", person.userId(), person.userId(), person.userId(), person.userId(), person.displayName()));
		data.put("filesYouUploaded", PersonalRows.rows(this.jdbc, """
				select f.file_name, f.uploaded_at, g.title as sheet
				from good_practice_file f join good_practice g on g.id = f.good_practice_id
				where f.uploaded_by = ? order by f.uploaded_at
				""", person.userId()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "good_practice", "contact_name", "lead_organisations",
				"who_did_the_work", "staff");
	}

}
