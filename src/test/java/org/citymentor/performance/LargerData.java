package org.citymentor.performance;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grows the demo data around one programme, group and action plan, in bulk SQL: 30 more
 * groups with two participants each (the demo's mentee in five of them), 20 more visits,
 * 50 more actions with two progress entries each, 40 more published good practices, 10
 * more programmes coordinated by the demo's VVSG coordinator.
 */
final class LargerData {

	/** How many of the new groups the demo's mentee belongs to. */
	static final int EXTRA_OWN_GROUPS = 5;

	private LargerData() {
	}

	static void addTo(JdbcClient jdbc, long programme, long group, long participant) {
		jdbc.sql("""
				insert into organisation (name, kind, country)
				select 'Load test city ' || n, 'CITY', case when n % 2 = 0 then 'BE' else 'IT' end
				from generate_series(1, 60) n
				""").update();
		// ten more programmes coordinated by the demo's CEMR coordinator (lists of
		// programmes,
		// calls, copy targets of a benchmark)
		jdbc.sql(
				"""
						insert into programme (name, coordinating_organisation_id, format)
						select 'Load test programme ' || n, (select coordinating_organisation_id from programme where id = :programme),
						       'BILATERAL'
						from generate_series(1, 10) n
						""")
			.param("programme", programme)
			.update();
		jdbc.sql("""
				insert into programme_coordinator (programme_id, user_id)
				select p.id, (select id from app_user where email = 'coordinator@vvsg.example.org')
				from programme p where p.name like 'Load test programme %'
				""").update();
		jdbc.sql("""
				insert into mentoring_group (programme_id, title, status, start_date, end_date)
				select :programme, 'Load test group ' || n, case when n % 3 = 0 then 'FORMING' else 'ACTIVE' end,
				       date '2024-01-01', date '2025-12-31'
				from generate_series(1, 30) n
				""").param("programme", programme).update();
		jdbc.sql("""
				insert into group_participant (group_id, organisation_id, side, role)
				select g.id, o.id, case when o.name like '%1' or o.name like '%3' or o.name like '%5'
				       or o.name like '%7' or o.name like '%9' then 'MENTEE' else 'MENTOR' end, 'CITY'
				from mentoring_group g
				join organisation o on o.name in ('Load test city ' || (2 * substring(g.title from 17)::int - 1),
				                                  'Load test city ' || (2 * substring(g.title from 17)::int))
				where g.title like 'Load test group %'
				""").update();
		jdbc.sql("""
				insert into group_theme (group_id, theme_id)
				select g.id, (select min(id) from theme) from mentoring_group g where g.title like 'Load test group %'
				""").update();
		// the demo's mentee is an officer in five of the new groups too
		jdbc.sql("""
				insert into group_member (group_id, participant_id, user_id, role)
				select p.group_id, min(p.id), (select id from app_user where email = 'mentee@capaci.example.org'),
				       'OFFICER'
				from group_participant p join mentoring_group g on g.id = p.group_id
				where g.title in ('Load test group 1', 'Load test group 2', 'Load test group 3', 'Load test group 4',
				                  'Load test group 5')
				group by p.group_id
				""").update();
		jdbc.sql("""
				insert into visit (group_id, number, mode, place, starts_on, ends_on, time_zone, purpose)
				select :group, 100 + n, 'ON_SITE', 'Load test place ' || n, date '2025-01-01' + n * 7,
				       date '2025-01-02' + n * 7, 'Europe/Brussels', 'A load test visit'
				from generate_series(1, 20) n
				""").param("group", group).update();
		jdbc.sql("""
				insert into plan_action (document_id, part_id, action_key, position, title, starts_on, ends_on)
				select a.document_id, a.part_id, gen_random_uuid(), 1000 + n, 'Load test action ' || n,
				       date '2024-01-01', date '2026-12-31'
				from (select a.document_id, a.part_id from plan_action a join form_document d on d.id = a.document_id
				      where d.participant_id = :participant order by a.id limit 1) a, generate_series(1, 50) n
				""").param("participant", participant).update();
		jdbc.sql("""
				insert into plan_progress (document_id, action_key, kind, reported_on, status, note, author_name)
				select a.document_id, a.action_key, 'UPDATE', date '2024-06-01' + n * 30, 'ON_TRACK',
				       'Load test progress', 'Load test'
				from plan_action a, generate_series(1, 2) n where a.title like 'Load test action %'
				""").update();
		jdbc.sql("""
				insert into good_practice (owner_organisation_id, country, status, title, aims, published_at)
				select o.id, 'BE', 'PUBLISHED', 'Load test buddy scheme ' || n,
				       'Newcomers meet a buddy from the city every week', now()
				from organisation o, generate_series(1, 40) n where o.name = 'Load test city 2'
				""").update();
	}

}
