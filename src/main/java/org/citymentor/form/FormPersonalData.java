package org.citymentor.form;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forms' who-and-when: drafts and answers last changed by a person, versions they
 * submitted, comments they wrote or resolved. Answers belong to the organisation's form
 * and stay; the name beside them becomes the label.
 */
@Component
class FormPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	FormPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "forms";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("submittedVersions", PersonalRows.rows(this.jdbc, """
				select d.kind, o.name as organisation, v.number, v.submitted_at
				from form_version v join form_document d on d.id = v.document_id
				join organisation o on o.id = d.organisation_id
				where v.submitted_by_id = ? order by v.submitted_at
				""", person.userId()));
		data.put("answersYouLastChanged", PersonalRows.rows(this.jdbc, """
				select d.kind, o.name as organisation, a.question_key, a.updated_at
				from form_answer a join form_document d on d.id = a.document_id
				join organisation o on o.id = d.organisation_id
				where a.updated_by = ? order by a.updated_at
				""", person.displayName()));
		data.put("comments", PersonalRows.rows(this.jdbc, """
				select d.kind, c.question_key, c.body, c.created_at, c.resolved_at
				from form_comment c join form_document d on d.id = c.document_id
				where c.author_id = ? order by c.created_at
				""", person.userId()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc.sql("update form_version set submitted_by = ? where submitted_by_id = ?")
			.params(formerMemberLabel, person.userId())
			.update();
		this.jdbc.sql("update form_comment set author_name = ? where author_id = ?")
			.params(formerMemberLabel, person.userId())
			.update();
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "form_document", "draft_updated_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "form_answer", "updated_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "form_version", "submitted_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "form_comment", "author_name", "resolved_by");
	}

}
