package org.citymentor.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls and matching: the calls a person opened, the applications they made for their
 * city (with the motivation they wrote) and the matches they drafted. Erasure keeps the
 * applications and matches and replaces the applicant's and the drafter's name.
 */
@Component
class MatchingPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	MatchingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "matching";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		long id = person.userId();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("callsYouOpened", PersonalRows.rows(this.jdbc, """
				select title, description, deadline, open, created_at from matching_call where created_by = ?
				order by created_at
				""", id));
		data.put("applicationsYouMade",
				PersonalRows.rows(this.jdbc,
						"""
								select c.title as call_title, o.name as organisation, a.side, a.capacity, a.motivation, a.status,
								       a.applied_by_name, a.applied_at, a.withdrawn_at
								from call_application a join matching_call c on c.id = a.call_id join organisation o on o.id = a.organisation_id
								where a.applied_by = ? order by a.applied_at
								""",
						id));
		data.put("matchesYouDrafted", PersonalRows.rows(this.jdbc, """
				select c.title as call_title, m.status, m.reason, m.drafted_at, m.published_at
				from call_match m join matching_call c on c.id = m.call_id
				where lower(m.drafted_by) = lower(?) order by m.drafted_at
				""", person.displayName()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc.sql("update call_application set applied_by_name = ? where applied_by = ?")
			.params(formerMemberLabel, person.userId())
			.update();
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "call_application", "applied_by_name");
		PersonalRows.scrub(this.jdbc, person, formerMemberLabel, "call_match", "drafted_by", "declined_by");
	}

}
