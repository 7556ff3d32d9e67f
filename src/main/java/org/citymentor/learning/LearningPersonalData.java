package org.citymentor.learning;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learning-network sessions: a person's registrations, attendance, ratings, the questions
 * they asked and answered, the materials they added, the digests sent to them and the
 * join requests made with their address. Erasure keeps questions, answers, ratings and
 * materials under the label, replaces the name and address of join requests made with the
 * person's address, and forgets which digests were sent to them. Walk-ins are people
 * without an account: the retention job forgets their names with the group.
 */
@Component
class LearningPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	LearningPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "learningSessions";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		long id = person.userId();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("registrations", PersonalRows.rows(this.jdbc, """
				select m.title, m.held_on, r.status, r.registered_by_id = r.user_id as registered_yourself,
				       r.created_at, r.updated_at
				from session_registration r join group_meeting m on m.id = r.meeting_id
				where r.user_id = ? order by m.held_on
				""", id));
		data.put("attendance",
				PersonalRows.rows(this.jdbc,
						"""
								select m.title, m.held_on, a.recorded_at
								from session_attendance a join group_meeting m on m.id = a.meeting_id where a.user_id = ? order by m.held_on
								""",
						id));
		data.put("ratings",
				PersonalRows.rows(this.jdbc,
						"""
								select m.title, m.held_on, r.usefulness, r.rated_at
								from session_rating r join group_meeting m on m.id = r.meeting_id where r.user_id = ? order by r.rated_at
								""",
						id));
		data.put("questionsYouAsked", PersonalRows.rows(this.jdbc, """
				select m.title, q.question, q.answer, q.created_at, q.answered_at
				from session_question q join group_meeting m on m.id = q.meeting_id where q.asked_by_id = ?
				order by q.created_at
				""", id));
		data.put("answersYouGave", PersonalRows.rows(this.jdbc, """
				select m.title, q.question, q.answer, q.answered_at
				from session_question q join group_meeting m on m.id = q.meeting_id
				where lower(q.answered_by) = lower(?) order by q.answered_at
				""", person.displayName()));
		data.put("materialsYouAdded", PersonalRows.rows(this.jdbc, """
				select m.title as session, s.title, s.url, s.file_name, s.added_at
				from session_material s join group_meeting m on m.id = s.meeting_id
				where lower(s.added_by) = lower(?) order by s.added_at
				""", person.displayName()));
		data.put("digestsSentToYou",
				PersonalRows.rows(this.jdbc,
						"""
								select m.title, d.sent_at
								from session_digest_sent d join group_meeting m on m.id = d.meeting_id where d.user_id = ? order by d.sent_at
								""",
						id));
		data.put("joinRequests", PersonalRows.rows(this.jdbc, """
				select o.name as association, r.name, r.municipality, r.email, r.status, r.created_at, r.decided_at
				from session_join_request r join organisation o on o.id = r.association_id
				where lower(r.email) = lower(?) order by r.created_at
				""", person.email()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		long id = person.userId();
		this.jdbc.sql("delete from session_digest_sent where user_id = ?").param(id).update();
		this.jdbc.sql("update session_question set asked_by = ? where asked_by_id = ?")
			.params(formerMemberLabel, id)
			.update();
		this.jdbc.sql("""
				update session_join_request set name = ?, email = ?, client_key = ? where lower(email) = lower(?)
				""").params(formerMemberLabel, formerMemberLabel, formerMemberLabel, person.email()).update();
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "session_question", "asked_by", "answered_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "session_material", "added_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "session_attendance", "walk_in_name");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "session_join_request", "name", "email", "decided_by");
	}

	@Override
	public void clearContacts(long groupId, String formerMemberLabel) {
		this.jdbc.sql("""
				update session_attendance set walk_in_name = ?
				where walk_in_name is not null and meeting_id in (select id from group_meeting where group_id = ?)
				""").params(formerMemberLabel, groupId).update();
	}

}
