package org.citymentor.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The close of a group: the evaluations a person saved or submitted (kept by name), the
 * lessons written for the organisations they are a member for (lessons keep no author),
 * the closing summaries and pulse surveys they wrote or scheduled, and their own pulse
 * answers (anonymous to readers, but kept with the person to refuse a second answer).
 * Erasure keeps all the content, the answers included, and replaces the names.
 */
@Component
class EvaluationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	EvaluationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "evaluation";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		long id = person.userId();
		String name = person.displayName();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("evaluationsYouWrote", PersonalRows.rows(this.jdbc, """
				select g.title as group_title, e.side, e.status, e.policy_changes, e.helped, e.hindered, e.mentor_role,
				       e.other_actions, e.learned, e.changed_itself, e.time_amount, e.time_unit, e.mentor_again,
				       e.score_usefulness, e.score_relation, e.score_policy, e.score_practice, e.comments,
				       e.updated_at, e.submitted_at, lower(e.submitted_by) = lower(?) as submitted_by_you
				from evaluation e join mentoring_group g on g.id = e.group_id
				where lower(e.updated_by) = lower(?) or lower(e.submitted_by) = lower(?) order by e.updated_at
				""", name, name, name));
		data.put("lessonsOfYourOrganisations", PersonalRows.rows(this.jdbc, """
				select g.title as group_title, l.title, l.body, l.consent, l.consent_at, l.published_at, l.created_at,
				       l.updated_at
				from lesson l join mentoring_group g on g.id = l.group_id
				where exists (select 1 from group_member m where m.participant_id = l.participant_id and m.user_id = ?)
				order by l.created_at
				""", id));
		data.put("closingsYouWrote", PersonalRows.rows(this.jdbc, """
				select g.title as group_title, c.summary, c.outcome, c.updated_at, c.closed_at
				from group_closing c join mentoring_group g on g.id = c.group_id
				where lower(c.updated_by) = lower(?) or lower(c.closed_by) = lower(?) order by c.updated_at
				""", name, name));
		data.put("pulseSurveysYouScheduled", PersonalRows.rows(this.jdbc, """
				select g.title as group_title, s.moment, s.opens_on, s.created_at
				from pulse_survey s join mentoring_group g on g.id = s.group_id
				where lower(s.created_by) = lower(?) order by s.created_at
				""", name));
		data.put("yourPulseAnswers",
				PersonalRows.rows(this.jdbc,
						"""
								select g.title as group_title, s.moment, s.opens_on, a.useful, a.heard, a.progress, a.energy,
								       a.open_answer, a.answered_at
								from pulse_answer a join pulse_survey s on s.id = a.survey_id join mentoring_group g on g.id = s.group_id
								where a.user_id = ? order by a.answered_at
								""",
						id));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "evaluation", "updated_by", "submitted_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "group_closing", "updated_by", "closed_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "lesson", "published_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "pulse_survey", "created_by");
	}

}
