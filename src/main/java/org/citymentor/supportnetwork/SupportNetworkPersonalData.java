package org.citymentor.supportnetwork;

import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Support networks list people who are not accounts, each stored with their consent. A
 * person with an account may also be listed in one (by their name or address): that entry
 * is theirs to download, and erasure replaces their name and contact in it.
 */
@Component
class SupportNetworkPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	SupportNetworkPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "supportNetworks";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		return Map.of("entriesNamingYou",
				PersonalRows.rows(this.jdbc,
						"""
								select m.name, m.organisation, m.contribution, m.contact, m.consent_date, g.title as group_title
								from support_network_member m join mentoring_group g on g.id = m.group_id
								where m.consent_date is not null and (lower(m.name) = lower(?) or strpos(lower(m.contact), lower(?)) > 0)
								order by m.id
								""",
						person.displayName(), person.email()));
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "support_network_member", "name", "contact");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "support_network_meeting", "others_present");
	}

	@Override
	public void clearContacts(long groupId, String formerMemberLabel) {
		this.jdbc
			.sql("update support_network_member set name = ?, contact = null, version = version + 1 where group_id = ?")
			.params(formerMemberLabel, groupId)
			.update();
		this.jdbc.sql("update support_network_meeting set others_present = null where group_id = ?")
			.param(groupId)
			.update();
	}

}
