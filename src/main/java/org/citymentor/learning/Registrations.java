package org.citymentor.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.citymentor.learning.SessionMail.Kind;
import org.citymentor.learning.SessionMail.Recipient;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places in sessions. Every change first locks the session's row ({@code select … for
 * update}), so two people taking the last place at the same time are served one after the
 * other: exactly one gets it, the other joins the waiting list. A freed place goes to the
 * first on the waiting list, who is told by e-mail; nobody is silently dropped.
 */
@Service
@Transactional
public class Registrations {

	private final JdbcClient jdbc;

	private final Sessions sessions;

	private final SessionMail mail;

	private final Clock clock;

	Registrations(JdbcClient jdbc, Sessions sessions, SessionMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.mail = mail;
		this.clock = clock;
	}

	/** What registering did for one person. */
	public enum Outcome {

		REGISTERED, WAITING, ALREADY

	}

	/** Why nobody may register now. */
	public enum Closed {

		CANCELLED, PAST_DEADLINE

	}

	/** Whether registering is closed for the session, and why; {@code null} when open. */
	public Closed closed(Session session) {
		if (session.cancelled()) {
			return Closed.CANCELLED;
		}
		if (this.sessions.today().isAfter(session.lastDayToRegister())) {
			return Closed.PAST_DEADLINE;
		}
		return null;
	}

	/**
	 * Registers these people (the person themselves and colleagues they chose), each in a
	 * free place or else on the waiting list, and e-mails each of them.
	 * @throws SessionClosedException when the session is cancelled or past its deadline
	 */
	public Map<Long, Outcome> register(long sessionId, Collection<Long> userIds, long byUserId) {
		lock(sessionId);
		Session session = this.sessions.find(sessionId).orElseThrow(NotFoundException::new);
		Closed closed = closed(session);
		if (closed != null) {
			throw new SessionClosedException(closed);
		}
		Map<Long, Outcome> outcomes = new java.util.LinkedHashMap<>();
		int registered = session.registered();
		for (long userId : userIds.stream().distinct().toList()) {
			String current = this.jdbc
				.sql("select status from session_registration where meeting_id = ? and user_id = ?")
				.params(sessionId, userId)
				.query(String.class)
				.optional()
				.orElse("CANCELLED");
			if (!"CANCELLED".equals(current)) {
				outcomes.put(userId, Outcome.ALREADY);
				continue;
			}
			boolean place = session.capacity() == null || registered < session.capacity();
			String status = place ? "REGISTERED" : "WAITING";
			this.jdbc
				.sql("""
						insert into session_registration (meeting_id, user_id, status, position, registered_by_id, created_at, updated_at)
						values (:id, :user, :status, (select coalesce(max(position), 0) + 1 from session_registration where meeting_id = :id),
						        :by, :now, :now)
						on conflict (meeting_id, user_id) do update set status = excluded.status, position = excluded.position,
						    registered_by_id = excluded.registered_by_id, updated_at = excluded.updated_at
						""")
				.param("id", sessionId)
				.param("user", userId)
				.param("status", status)
				.param("by", byUserId)
				.param("now", now())
				.update();
			if (place) {
				registered++;
			}
			outcomes.put(userId, place ? Outcome.REGISTERED : Outcome.WAITING);
		}
		Session after = this.sessions.find(sessionId).orElseThrow();
		Map<Long, Recipient> people = recipients(outcomes.keySet());
		outcomes.forEach((userId, outcome) -> {
			if (outcome != Outcome.ALREADY && people.containsKey(userId)) {
				this.mail.send((outcome == Outcome.REGISTERED) ? Kind.CONFIRMED : Kind.WAITING, after,
						people.get(userId));
			}
		});
		return outcomes;
	}

	/**
	 * Cancels the person's registration (or place on the waiting list); a freed place
	 * goes to the first on the waiting list.
	 * @return whether they were registered or waiting
	 */
	public boolean cancel(long sessionId, long userId) {
		lock(sessionId);
		int updated = this.jdbc.sql("""
				update session_registration set status = 'CANCELLED', updated_at = ?
				where meeting_id = ? and user_id = ? and status <> 'CANCELLED'
				""").params(now(), sessionId, userId).update();
		promote(sessionId);
		return updated > 0;
	}

	/**
	 * Sets the number of places (null: no limit). Lowered below the number registered,
	 * the last to register move to the head of the waiting list and are told; raised, the
	 * first waiting get the new places.
	 * @return how many moved to the waiting list
	 */
	public int changeCapacity(long sessionId, Integer capacity) {
		lock(sessionId);
		this.jdbc.sql("update group_meeting set capacity = ?, version = version + 1 where id = ?")
			.params(capacity, sessionId)
			.update();
		int moved = 0;
		if (capacity != null) {
			List<Long> over = this.jdbc.sql("""
					select user_id from session_registration where meeting_id = ? and status = 'REGISTERED'
					order by position desc
					""").param(sessionId).query(Long.class).list();
			List<Long> toMove = over.subList(0, Math.max(0, over.size() - capacity));
			if (!toMove.isEmpty()) {
				this.jdbc.sql("""
						update session_registration set status = 'WAITING', updated_at = :now
						where meeting_id = :id and user_id in (:users)
						""").param("now", now()).param("id", sessionId).param("users", toMove).update();
				Session session = this.sessions.find(sessionId).orElseThrow();
				recipients(toMove).values().forEach((to) -> this.mail.send(Kind.MOVED_TO_WAITING, session, to));
				moved = toMove.size();
			}
		}
		promote(sessionId);
		return moved;
	}

	/** Cancels the session and tells everyone registered or waiting. */
	public void cancelSession(long sessionId) {
		lock(sessionId);
		this.jdbc.sql(
				"update group_meeting set cancelled_at = ?, version = version + 1 where id = ? and cancelled_at is null")
			.params(now(), sessionId)
			.update();
		Session session = this.sessions.find(sessionId).orElseThrow();
		List<Long> people = this.jdbc.sql("""
				select user_id from session_registration where meeting_id = ? and status in ('REGISTERED', 'WAITING')
				order by position
				""").param(sessionId).query(Long.class).list();
		recipients(people).values().forEach((to) -> this.mail.send(Kind.CANCELLED, session, to));
	}

	/** The people registered (and waiting) for a session, in order. */
	@Transactional(readOnly = true)
	public List<Registrant> of(long sessionId) {
		return this.jdbc.sql("""
				select r.user_id, u.display_name, o.name as organisation, r.status, r.position
				from session_registration r join app_user u on u.id = r.user_id
				left join organisation o on o.id = u.organisation_id
				where r.meeting_id = ? and r.status <> 'CANCELLED'
				order by r.status, r.position
				""")
			.param(sessionId)
			.query((rs, n) -> new Registrant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The person's status for the session: REGISTERED, WAITING or null. */
	@Transactional(readOnly = true)
	public String statusOf(long sessionId, long userId) {
		return this.jdbc.sql("""
				select status from session_registration where meeting_id = ? and user_id = ? and status <> 'CANCELLED'
				""").params(sessionId, userId).query(String.class).optional().orElse(null);
	}

	/** The person's colleagues: the other enabled accounts of their organisation. */
	@Transactional(readOnly = true)
	public List<org.citymentor.shared.web.Option> colleagues(long userId) {
		return this.jdbc.sql("""
				select c.id, c.display_name from app_user u join app_user c on c.organisation_id = u.organisation_id
				where u.id = ? and c.id <> u.id and c.enabled order by c.display_name, c.id limit 200
				""")
			.param(userId)
			.query((rs, n) -> new org.citymentor.shared.web.Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
			.list();
	}

	/** Someone registered or waiting. */
	public record Registrant(long userId, String displayName, String organisation, String status) {

		public boolean waiting() {
			return "WAITING".equals(this.status);
		}

	}

	private void promote(long sessionId) {
		Session session = this.sessions.find(sessionId).orElseThrow();
		if (session.cancelled()) {
			return;
		}
		int free = (session.capacity() == null) ? Integer.MAX_VALUE : session.capacity() - session.registered();
		if (free <= 0 || session.waiting() == 0) {
			return;
		}
		List<Long> promoted = this.jdbc.sql("""
				select user_id from session_registration where meeting_id = ? and status = 'WAITING'
				order by position limit ?
				""").params(sessionId, Math.min(free, session.waiting())).query(Long.class).list();
		this.jdbc.sql("""
				update session_registration set status = 'REGISTERED', updated_at = :now
				where meeting_id = :id and user_id in (:users)
				""").param("now", now()).param("id", sessionId).param("users", promoted).update();
		Session after = this.sessions.find(sessionId).orElseThrow();
		recipients(promoted).values().forEach((to) -> this.mail.send(Kind.PROMOTED, after, to));
	}

	private void lock(long sessionId) {
		this.jdbc.sql("select id from group_meeting where id = ? and session_since is not null for update")
			.param(sessionId)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private Map<Long, Recipient> recipients(Collection<Long> userIds) {
		Map<Long, Recipient> result = new java.util.HashMap<>();
		if (userIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select id, email, display_name, preferred_language from app_user where id in (:ids) and enabled
				""").param("ids", new ArrayList<>(userIds)).query((rs) -> {
			result.put(rs.getLong(1), new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
		});
		return result;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
