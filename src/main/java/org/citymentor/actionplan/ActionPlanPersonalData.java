package org.citymentor.actionplan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Actions a person leads or last changed, progress and observations they wrote, approvals
 * they recorded. Erasure keeps all of it under the label, also inside submitted versions.
 * An approval's PDF stays as it was approved (it is the document the council decided on)
 * and is marked as naming a former member (decisions.md 15).
 */
@Component
class ActionPlanPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ActionPlanPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "actionPlans";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("actions", PersonalRows.rows(this.jdbc, """
				select title, lead_name, starts_on, ends_on, updated_at, lead_user_id = ? as you_lead
				from plan_action where lead_user_id = ? or lead_name = ? or updated_by = ? order by id
				""", person.userId(), person.userId(), person.displayName(), person.displayName()));
		data.put("progressAndObservations", PersonalRows.rows(this.jdbc, """
				select p.kind, p.reported_on, p.status, p.note, a.title as action
				from plan_progress p left join plan_action a on a.action_key = p.action_key
				where p.author_id = ? order by p.reported_on, p.id
				""", person.userId()));
		data.put("approvalsYouRecorded", PersonalRows.rows(this.jdbc,
				"select body, decided_on, reference, recorded_at from plan_approval where recorded_by_id = ? order by id",
				person.userId()));
		data.put("politicalCommitments", PersonalRows.rows(this.jdbc,
				"select person_name, office, since, how, note from plan_commitment where person_name = ? order by id",
				person.displayName()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc.sql("""
				update plan_approval set names_former_member = true
				where recorded_by_id = ? or recorded_by = ? or document_id in (
				    select document_id from plan_action where lead_user_id = ? or lead_name = ?)
				""").params(person.userId(), person.displayName(), person.userId(), person.displayName()).update();
		this.jdbc.sql("update plan_progress set author_name = ? where author_id = ?")
			.params(formerMemberLabel, person.userId())
			.update();
		this.jdbc.sql("update plan_approval set recorded_by = ? where recorded_by_id = ?")
			.params(formerMemberLabel, person.userId())
			.update();
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "plan_action", "lead_name", "updated_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "plan_progress", "author_name");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "plan_approval", "recorded_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "plan_commitment", "person_name");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "plan_version", "content");
	}

}
