package org.citymentor.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests of municipalities without an account to join an association's space. The
 * public form is limited per e-mail address (a few a day) and per client address (a few
 * an hour), counted in the database so every instance applies the same limit; the
 * programme's coordinator approves (the page then sends an invitation) or rejects.
 */
@Service
@Transactional
public class JoinRequests {

	/** Requests taken per e-mail address a day. */
	static final int PER_EMAIL_PER_DAY = 3;

	/** Requests taken per client address an hour. */
	static final int PER_CLIENT_PER_HOUR = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	JoinRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The name of the association people may ask to join; empty for anything else. */
	@Transactional(readOnly = true)
	public Optional<String> association(long associationId) {
		return this.jdbc.sql("select name from organisation where id = ? and kind = 'ASSOCIATION'")
			.param(associationId)
			.query(String.class)
			.optional();
	}

	/** Whether the limit is reached for this address or this client. */
	@Transactional(readOnly = true)
	public boolean limited(String email, String client) {
		Instant now = this.clock.instant();
		long byEmail = this.jdbc
			.sql("select count(*) from session_join_request where lower(email) = lower(?) and created_at > ?")
			.params(email, Timestamp.from(now.minus(Duration.ofDays(1))))
			.query(Long.class)
			.single();
		long byClient = this.jdbc
			.sql("select count(*) from session_join_request where client_key = ? and created_at > ?")
			.params(client, Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		return byEmail >= PER_EMAIL_PER_DAY || byClient >= PER_CLIENT_PER_HOUR;
	}

	public long ask(long associationId, String name, String municipality, String email, String client) {
		return this.jdbc.sql("""
				insert into session_join_request (association_id, name, municipality, email, client_key, created_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(associationId, name, municipality, email.toLowerCase(java.util.Locale.ROOT),
					client.substring(0, Math.min(client.length(), 100)), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The pending requests to the programme's coordinating association, oldest first. */
	@Transactional(readOnly = true)
	public List<Request> pending(long programmeId) {
		return this.jdbc.sql("""
				select r.id, r.name, r.municipality, r.email, r.created_at from session_join_request r
				join programme p on p.coordinating_organisation_id = r.association_id
				where p.id = ? and r.status = 'PENDING' order by r.created_at, r.id limit 50
				""")
			.param(programmeId)
			.query((rs, n) -> new Request(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** A pending request to the programme's association; empty for any other id. */
	@Transactional(readOnly = true)
	public Optional<Request> pending(long programmeId, long requestId) {
		return pending(programmeId).stream().filter((r) -> r.id() == requestId).findFirst();
	}

	public void decide(long requestId, boolean approved, String by) {
		this.jdbc
			.sql("""
					update session_join_request set status = ?, decided_by = ?, decided_at = ? where id = ? and status = 'PENDING'
					""")
			.params(approved ? "APPROVED" : "REJECTED", by, Timestamp.from(this.clock.instant()), requestId)
			.update();
	}

	/**
	 * Where an approved person can be invited: each organisation of each group of the
	 * programme, as {@code groupId:participantId}.
	 */
	@Transactional(readOnly = true)
	public List<org.citymentor.shared.web.Option> places(long programmeId) {
		return this.jdbc
			.sql("""
					select g.id, gp.id, g.title, o.name from mentoring_group g join group_participant gp on gp.group_id = g.id
					join organisation o on o.id = gp.organisation_id
					where g.programme_id = ? and g.status <> 'CLOSED' order by g.title, o.name
					""")
			.param(programmeId)
			.query((rs, n) -> new org.citymentor.shared.web.Option(rs.getLong(1) + ":" + rs.getLong(2),
					rs.getString(3) + " – " + rs.getString(4)))
			.list();
	}

	/** A request to join. */
	public record Request(long id, String name, String municipality, String email, Instant createdAt) {
	}

}
