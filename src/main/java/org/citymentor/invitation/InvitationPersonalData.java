package org.citymentor.invitation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitations sent to a person's address or by them. Erasing a person withdraws the open
 * ones to their address and keeps no address: the rows stay for the history.
 */
@Component
class InvitationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	InvitationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "invitations";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("receivedByYou", PersonalRows.rows(this.jdbc, """
				select i.email, i.kind, p.name as programme, g.title as group_title, i.sent_at, i.accepted_at,
				       i.withdrawn_at
				from invitation i join programme p on p.id = i.programme_id
				left join mentoring_group g on g.id = i.group_id
				where lower(i.email) = lower(?) or i.accepted_by = ? order by i.sent_at
				""", person.email(), person.userId()));
		data.put("sentByYou", PersonalRows.rows(this.jdbc, """
				select i.email, i.kind, p.name as programme, g.title as group_title, i.sent_at, i.accepted_at
				from invitation i join programme p on p.id = i.programme_id
				left join mentoring_group g on g.id = i.group_id
				where i.invited_by = ? order by i.sent_at
				""", person.userId()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc
			.sql("""
					update invitation set email = ?, withdrawn_at = case when accepted_at is null then coalesce(withdrawn_at, now())
					       else withdrawn_at end
					where lower(email) = lower(?) or accepted_by = ?
					""")
			.params(formerMemberLabel, person.email(), person.userId())
			.update();
	}

	@Override
	public void clearContacts(long groupId, String formerMemberLabel) {
		this.jdbc.sql("delete from invitation where group_id = ?").param(groupId).update();
	}

}
