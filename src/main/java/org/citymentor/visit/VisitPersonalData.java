package org.citymentor.visit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visits and meetings: the notes a person wrote, the visits and meetings they took part
 * in, their feedback and follow-ups, their calendar feed. Erasure keeps notes, feedback
 * and follow-ups (the group's record) under the label, and removes the feed and the
 * reminders sent to them.
 */
@Component
class VisitPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	VisitPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "visits";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		long id = person.userId();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("notesYouWrote", PersonalRows.rows(this.jdbc, """
				select v.number as visit, g.title as group_title, n.observations, n.doing_well, n.options_discussed,
				       n.next_steps, n.shared_with_coordinator, n.created_at, n.updated_at
				from visit_note n join visit v on v.id = n.visit_id join mentoring_group g on g.id = n.group_id
				where n.author_id = ? order by n.created_at
				""", id));
		data.put("visitsYouTookPartIn", PersonalRows.rows(this.jdbc, """
				select v.number as visit, g.title as group_title, v.starts_on, v.ends_on, p.attended
				from visit_participant p join visit v on v.id = p.visit_id join mentoring_group g on g.id = v.group_id
				where p.user_id = ? order by v.starts_on
				""", id));
		data.put("meetings", PersonalRows.rows(this.jdbc, """
				select m.title, m.held_on, g.title as group_title, m.created_by_id = ? as planned_by_you
				from group_meeting m join mentoring_group g on g.id = m.group_id
				where m.created_by_id = ? or exists (select 1 from group_meeting_participant p
				    where p.meeting_id = m.id and p.user_id = ?) order by m.held_on
				""", id, id, id));
		data.put("feedback", PersonalRows.rows(this.jdbc, """
				select v.number as visit, f.usefulness, f.comment, f.updated_at
				from visit_feedback f join visit v on v.id = f.visit_id where f.user_id = ? order by f.updated_at
				""", id));
		data.put("followUps", PersonalRows.rows(this.jdbc, """
				select title, due_on, done_at, owner_user_id = ? as yours
				from follow_up where owner_user_id = ? or created_by_id = ? order by due_on
				""", id, id, id));
		data.put("calendarFeed",
				PersonalRows.rows(this.jdbc, "select created_at from calendar_feed where user_id = ?", id));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		long id = person.userId();
		this.jdbc.sql("delete from calendar_feed where user_id = ?").param(id).update();
		this.jdbc.sql("delete from reminder_sent where user_id = ?").param(id).update();
		this.jdbc.sql("update visit_participant set name = ? where user_id = ?").params(formerMemberLabel, id).update();
		this.jdbc.sql("update group_meeting set created_by = ? where created_by_id = ?")
			.params(formerMemberLabel, id)
			.update();
		this.jdbc.sql("update follow_up set created_by = ? where created_by_id = ?")
			.params(formerMemberLabel, id)
			.update();
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "visit", "updated_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "group_meeting", "created_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "follow_up", "created_by", "done_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "visit_agenda_item", "updated_by", "led_by");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "visit_participant", "name");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "visit_outcome", "updated_by");
	}

	@Override
	public void clearContacts(long groupId, String formerMemberLabel) {
		this.jdbc.sql("""
				update visit_participant set name = ?, organisation = null
				where kind in ('GUEST', 'NETWORK') and visit_id in (select id from visit where group_id = ?)
				""").params(formerMemberLabel, groupId).update();
	}

}
