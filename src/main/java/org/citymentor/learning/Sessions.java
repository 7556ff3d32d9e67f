package org.citymentor.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sessions and changes their settings. Whether a person sees a session is answered
 * in the same SQL that reads it: the group's members, the programme's coordinators,
 * administrators, and — for an open session — everyone whose organisation belongs to the
 * programme's coordinating association (or is that association).
 */
@Service
@Transactional
public class Sessions {

	/** At most this many sessions a page. */
	public static final int PAGE_SIZE = 20;

	static final String SELECT = """
			select m.id, m.group_id, g.title as group_title, g.programme_id, p.name as programme_name,
			       p.coordinating_organisation_id, g.action_id, a.number as action_number, a.title as action_title,
			       m.title, m.mode, m.held_on, m.starts_at, m.ends_at, m.time_zone, m.place, m.meeting_link,
			       m.open_session, m.capacity, m.registration_deadline, m.session_language, m.description,
			       o.id as mentor_id, o.name as mentor_name, m.report_shared, m.report_next_steps, m.cancelled_at,
			       m.version,
			       (select count(*) from session_registration r where r.meeting_id = m.id and r.status = 'REGISTERED') as registered,
			       (select count(*) from session_registration r where r.meeting_id = m.id and r.status = 'WAITING') as waiting
			from group_meeting m
			join mentoring_group g on g.id = m.group_id
			join programme p on p.id = g.programme_id
			left join programme_action a on a.id = g.action_id
			left join organisation o on o.id = coalesce(m.mentor_organisation_id,
			    (select gp.organisation_id from group_participant gp where gp.group_id = g.id and gp.side = 'MENTOR'
			     order by gp.id limit 1))
			where m.session_since is not null
			""";

	static final String VISIBLE = """
			 and (:admin
			      or exists (select 1 from group_member gm where gm.group_id = g.id and gm.user_id = :user and gm.removed_at is null)
			      or exists (select 1 from programme_coordinator pc where pc.programme_id = g.programme_id and pc.user_id = :user)
			      or (m.open_session and exists (select 1 from app_user u where u.id = :user and u.enabled
			          and (u.organisation_id = p.coordinating_organisation_id
			               or exists (select 1 from association_member am where am.association_id = p.coordinating_organisation_id
			                          and am.member_id = u.organisation_id)))))
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DisplayZone zone;

	Sessions(JdbcClient jdbc, Clock clock, DisplayZone zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone.zone()));
	}

	/** The session if this person may see it; 404 otherwise (and for a plain meeting). */
	@Transactional(readOnly = true)
	public Session require(CurrentUser user, long sessionId) {
		if (user == null) {
			throw new NotFoundException();
		}
		return this.jdbc.sql(SELECT + " and m.id = :id" + VISIBLE)
			.param("id", sessionId)
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query(Sessions::map)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/** The session, whoever asks: for jobs and e-mails. */
	@Transactional(readOnly = true)
	public Optional<Session> find(long sessionId) {
		return this.jdbc.sql(SELECT + " and m.id = :id").param("id", sessionId).query(Sessions::map).optional();
	}

	/** The session settings of a group's meeting, if it is a session. */
	@Transactional(readOnly = true)
	public Optional<Session> ofMeeting(long groupId, long meetingId) {
		return this.jdbc.sql(SELECT + " and m.id = :id and m.group_id = :group")
			.param("id", meetingId)
			.param("group", groupId)
			.query(Sessions::map)
			.optional();
	}

	/** The upcoming sessions this person sees, filtered, soonest first. */
	@Transactional(readOnly = true)
	public Page<Session> upcoming(CurrentUser user, SessionFilter filter, int page) {
		StringBuilder where = new StringBuilder(" and m.held_on >= :today and m.cancelled_at is null").append(VISIBLE);
		if (filter.themeId() != null) {
			where.append(" and exists (select 1 from group_theme t where t.group_id = g.id and t.theme_id = :theme)");
		}
		if (filter.actionId() != null) {
			where.append(" and g.action_id = :action");
		}
		if (filter.mentorId() != null) {
			where.append(" and o.id = :mentor");
		}
		if (filter.online() != null) {
			where.append(" and m.mode = :mode");
		}
		if (filter.month() != null) {
			where.append(" and m.held_on >= :monthStart and m.held_on < :monthEnd");
		}
		var count = bind(this.jdbc.sql("select count(*) from (" + SELECT + where + ") s"), user, filter);
		long total = count.query(Long.class).single();
		int pageNumber = (int) Math.max(0, Math.min(page, Math.max(0, (total - 1) / PAGE_SIZE)));
		List<Session> rows = bind(
				this.jdbc.sql(SELECT + where
						+ " order by m.held_on, m.starts_at nulls first, m.id limit :limit offset :offset"),
				user, filter)
			.param("limit", PAGE_SIZE)
			.param("offset", pageNumber * PAGE_SIZE)
			.query(Sessions::map)
			.list();
		return new PageImpl<>(rows, PageRequest.of(pageNumber, PAGE_SIZE), total);
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CurrentUser user, SessionFilter filter) {
		spec = spec.param("today", today()).param("admin", user.isAdmin()).param("user", user.id());
		if (filter.themeId() != null) {
			spec = spec.param("theme", filter.themeId());
		}
		if (filter.actionId() != null) {
			spec = spec.param("action", filter.actionId());
		}
		if (filter.mentorId() != null) {
			spec = spec.param("mentor", filter.mentorId());
		}
		if (filter.online() != null) {
			spec = spec.param("mode", filter.online() ? "ONLINE" : "ON_SITE");
		}
		if (filter.month() != null) {
			spec = spec.param("monthStart", filter.month().atDay(1))
				.param("monthEnd", filter.month().plusMonths(1).atDay(1));
		}
		return spec;
	}

	/** The sessions the person registered for or waits for, latest first (at most 50). */
	@Transactional(readOnly = true)
	public List<Session> mine(CurrentUser user) {
		return this.jdbc.sql(SELECT + """
				 and exists (select 1 from session_registration r where r.meeting_id = m.id and r.user_id = :user
				             and r.status <> 'CANCELLED')
				""" + VISIBLE + " order by m.held_on desc, m.id desc limit 50")
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query(Sessions::map)
			.list();
	}

	/**
	 * Sessions the person sees that were held in the last 90 days, latest first (at most
	 * 10).
	 */
	@Transactional(readOnly = true)
	public List<Session> recent(CurrentUser user) {
		return this.jdbc
			.sql(SELECT + " and m.held_on < :today and m.held_on >= :since and m.cancelled_at is null" + VISIBLE
					+ " order by m.held_on desc, m.id desc limit 10")
			.param("today", today())
			.param("since", today().minusDays(90))
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query(Sessions::map)
			.list();
	}

	/** The sessions of these programmes (for the reach figures), oldest first. */
	@Transactional(readOnly = true)
	public List<Session> ofProgramme(long programmeId) {
		return this.jdbc.sql(SELECT + " and g.programme_id = :programme order by m.held_on, m.id")
			.param("programme", programmeId)
			.query(Sessions::map)
			.list();
	}

	/**
	 * Makes the group's meeting a session, or changes its settings. Lowering the capacity
	 * is done by {@link Registrations#changeCapacity}, which also moves people.
	 * @throws org.citymentor.shared.StaleEditException when someone changed the meeting
	 * since the person opened it
	 */
	public void configure(long groupId, long meetingId, long expectedVersion, SessionSettings settings) {
		int updated = this.jdbc.sql("""
				update group_meeting set session_since = coalesce(session_since, :now), open_session = :open,
				    registration_deadline = :deadline, session_language = :language, description = :description,
				    mentor_organisation_id = :mentor, updated_at = :now, version = version + 1
				where id = :id and group_id = :group and version = :version
				""")
			.param("version", expectedVersion)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("open", settings.open())
			.param("deadline", settings.registrationDeadline())
			.param("language", settings.language())
			.param("description", settings.description())
			.param("mentor", settings.mentorOrganisationId())
			.param("id", meetingId)
			.param("group", groupId)
			.update();
		if (updated == 0) {
			throw new org.citymentor.shared.StaleEditException();
		}
	}

	/** The short report after the session: what was shared, and the next steps. */
	public void saveReport(long sessionId, String shared, String nextSteps) {
		this.jdbc.sql("update group_meeting set report_shared = ?, report_next_steps = ?, updated_at = ? where id = ?")
			.params(shared, nextSteps, Timestamp.from(this.clock.instant()), sessionId)
			.update();
	}

	/**
	 * The organisations a mentor of a session may be: the group's mentor-side
	 * participants and the association.
	 */
	@Transactional(readOnly = true)
	public List<org.citymentor.shared.web.Option> mentorOptions(long groupId) {
		List<org.citymentor.shared.web.Option> options = new ArrayList<>();
		this.jdbc.sql("""
				select o.id, o.name from group_participant gp join organisation o on o.id = gp.organisation_id
				where gp.group_id = :group and gp.side in ('MENTOR', 'BOTH')
				union
				select o.id, o.name from mentoring_group g join programme p on p.id = g.programme_id
				join organisation o on o.id = p.coordinating_organisation_id where g.id = :group
				order by 2
				""").param("group", groupId).query((rs) -> {
			options.add(new org.citymentor.shared.web.Option(String.valueOf(rs.getLong(1)), rs.getString(2)));
		});
		return options;
	}

	static Session map(ResultSet rs, int row) throws SQLException {
		Integer actionNumber = (Integer) rs.getObject("action_number", Integer.class);
		String actionTitle = rs.getString("action_title");
		String actionLabel = (actionTitle == null) ? null
				: (actionNumber != null) ? actionNumber + ". " + actionTitle : actionTitle;
		Timestamp cancelled = rs.getTimestamp("cancelled_at");
		return new Session(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_title"),
				rs.getLong("programme_id"), rs.getString("programme_name"), rs.getLong("coordinating_organisation_id"),
				(Long) rs.getObject("action_id", Long.class), actionLabel, rs.getString("title"),
				"ONLINE".equals(rs.getString("mode")), rs.getObject("held_on", LocalDate.class),
				rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
				rs.getString("time_zone"), rs.getString("place"), rs.getString("meeting_link"),
				rs.getBoolean("open_session"), (Integer) rs.getObject("capacity", Integer.class),
				rs.getObject("registration_deadline", LocalDate.class), rs.getString("session_language"),
				rs.getString("description"), (Long) rs.getObject("mentor_id", Long.class), rs.getString("mentor_name"),
				rs.getString("report_shared"), rs.getString("report_next_steps"),
				(cancelled != null) ? cancelled.toInstant() : null, rs.getLong("version"), rs.getInt("registered"),
				rs.getInt("waiting"));
	}

}
