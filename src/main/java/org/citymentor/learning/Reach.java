package org.citymentor.learning;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a programme's learning networks reached, for its coordinators: sessions held
 * per mentor and action (at least two each, decisions.md 10), the municipalities that
 * came (registered or walk-in) with their population band from the latest local context
 * (annex 2B), the attendance rate of the registered, and the association's member
 * municipalities never reached. Only held sessions count: not cancelled, day passed.
 */
@Service
@Transactional(readOnly = true)
public class Reach {

	/** The minimum of sessions a mentor organises per action. */
	public static final int MINIMUM_SESSIONS = 2;

	/** Below this population a municipality counts as small. */
	public static final int SMALL = 25_000;

	private static final String HELD = """
			select m.id, g.action_id, coalesce(m.mentor_organisation_id,
			    (select gp.organisation_id from group_participant gp where gp.group_id = g.id and gp.side = 'MENTOR'
			     order by gp.id limit 1)) as mentor_id
			from group_meeting m join mentoring_group g on g.id = m.group_id
			where g.programme_id = :programme and m.session_since is not null and m.cancelled_at is null
			  and m.held_on <= :today and (cast(:action as bigint) is null or g.action_id = :action)
			""";

	private static final String POPULATION = """
			coalesce((select va.value_number from form_document d join form_version v on v.document_id = d.id
			          join form_version_answer va on va.version_id = v.id and va.question_key = 'population'
			          where d.kind = 'LOCAL_CONTEXT' and d.organisation_id = o.id and d.participant_id is null
			          order by v.number desc limit 1),
			         (select fa.value_number from form_document d join form_answer fa on fa.document_id = d.id
			          and fa.question_key = 'population'
			          where d.kind = 'LOCAL_CONTEXT' and d.organisation_id = o.id and d.participant_id is null limit 1))
			""";

	private final JdbcClient jdbc;

	private final Sessions sessions;

	Reach(JdbcClient jdbc, Sessions sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/**
	 * The figures for a programme, or one of its actions ({@code actionId} may be null).
	 */
	public Figures of(long programmeId, Long actionId) {
		List<MentorRow> mentors = this.jdbc.sql("with held as (" + HELD + """
				), mentors as (
				    select distinct g.action_id, gp.organisation_id as mentor_id from mentoring_group g
				    join group_participant gp on gp.group_id = g.id and gp.side = 'MENTOR'
				    where g.programme_id = :programme and (cast(:action as bigint) is null or g.action_id = :action)
				    union select action_id, mentor_id from held where mentor_id is not null)
				select mn.action_id, a.number, a.title, o.name, count(h.id) as held
				from mentors mn join organisation o on o.id = mn.mentor_id
				left join programme_action a on a.id = mn.action_id
				left join held h on h.mentor_id = mn.mentor_id and h.action_id is not distinct from mn.action_id
				group by mn.action_id, a.number, a.title, o.name
				order by a.number nulls last, a.title nulls last, o.name
				""")
			.param("programme", programmeId)
			.param("action", actionId)
			.param("today", this.sessions.today())
			.query((rs, n) -> {
				Integer number = (Integer) rs.getObject(2, Integer.class);
				String title = rs.getString(3);
				String action = (title == null) ? null : (number != null) ? number + ". " + title : title;
				return new MentorRow(action, rs.getString(4), rs.getInt(5));
			})
			.list();
		List<Municipality> municipalities = this.jdbc
			.sql("with held as (" + HELD
					+ """
							), came as (
							    select a.meeting_id, coalesce(a.walk_in_organisation_id, u.organisation_id) as organisation_id
							    from session_attendance a join held h on h.id = a.meeting_id left join app_user u on u.id = a.user_id)
							select o.id, o.name, %s as population,
							       (select count(distinct c.meeting_id) from came c where c.organisation_id = o.id) as sessions
							from organisation o
							join programme p on p.id = :programme
							where o.kind = 'CITY' and (exists (select 1 from association_member am where am.association_id = p.coordinating_organisation_id
							                                   and am.member_id = o.id)
							                           or exists (select 1 from came c where c.organisation_id = o.id))
							order by o.name, o.id
							"""
						.formatted(POPULATION))
			.param("programme", programmeId)
			.param("action", actionId)
			.param("today", this.sessions.today())
			.query((rs, n) -> {
				BigDecimal population = rs.getBigDecimal(3);
				return new Municipality(rs.getLong(1), rs.getString(2),
						(population != null) ? population.longValue() : null, rs.getInt(4));
			})
			.list();
		int[] attendance = this.jdbc
			.sql("with held as (" + HELD
					+ """
							)
							select count(*) filter (where exists (select 1 from session_attendance a where a.meeting_id = r.meeting_id
							                                      and a.user_id = r.user_id)),
							       count(*)
							from session_registration r join held h on h.id = r.meeting_id where r.status = 'REGISTERED'
							""")
			.param("programme", programmeId)
			.param("action", actionId)
			.param("today", this.sessions.today())
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
		int held = this.jdbc.sql("select count(*) from (" + HELD + ") h")
			.param("programme", programmeId)
			.param("action", actionId)
			.param("today", this.sessions.today())
			.query(Integer.class)
			.single();
		return new Figures(held, mentors, municipalities, attendance[0], attendance[1]);
	}

	/** The reach of a programme (or action). */
	public record Figures(int sessionsHeld, List<MentorRow> mentors, List<Municipality> municipalities, int attended,
			int registered) {

		public List<Municipality> reached() {
			return this.municipalities.stream().filter(Municipality::reached).toList();
		}

		public List<Municipality> neverReached() {
			return this.municipalities.stream().filter((m) -> !m.reached()).toList();
		}

		public List<Municipality> smallReached() {
			return reached().stream().filter(Municipality::small).toList();
		}

		/** Registered people who came, in percent; null when nobody registered. */
		public Integer attendanceRate() {
			return (this.registered == 0) ? null : Math.round(100f * this.attended / this.registered);
		}

		public long mentorsUnderMinimum() {
			return this.mentors.stream().filter(MentorRow::underMinimum).count();
		}

	}

	/** Sessions held by one mentor organisation for one action. */
	public record MentorRow(String action, String mentor, int held) {

		public boolean underMinimum() {
			return this.held < MINIMUM_SESSIONS;
		}

	}

	/** A member municipality of the association (or a municipality that came). */
	public record Municipality(long id, String name, Long population, int sessionsAttended) {

		public boolean reached() {
			return this.sessionsAttended > 0;
		}

		public boolean small() {
			return this.population != null && this.population < SMALL;
		}

		/** The population band, as a message-key suffix. */
		public String band() {
			if (this.population == null) {
				return "unknown";
			}
			if (this.population < 10_000) {
				return "under10k";
			}
			if (this.population < SMALL) {
				return "under25k";
			}
			if (this.population < 50_000) {
				return "under50k";
			}
			if (this.population < 100_000) {
				return "under100k";
			}
			return "over100k";
		}

	}

}
