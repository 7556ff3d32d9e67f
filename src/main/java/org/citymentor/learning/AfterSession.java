package org.citymentor.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a session: who came (registered people and walk-ins), the materials shared
 * (links and PDF or image files, checked by their content), the attendees' usefulness
 * ratings and their follow-up questions with the mentor's answers.
 */
@Service
@Transactional
public class AfterSession {

	/** File types taken as materials, by detected content type. */
	static final Map<String, String> FILE_TYPES = Map.of("application/pdf", "PDF", "image/png", "PNG", "image/jpeg",
			"JPEG");

	/** The largest material file, in bytes. */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Tika tika = new Tika();

	AfterSession(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records who of the registered came: replaces the earlier list of registered
	 * attendees.
	 */
	public void recordAttendance(long sessionId, Collection<Long> userIds) {
		this.jdbc.sql("delete from session_attendance where meeting_id = ? and user_id is not null")
			.param(sessionId)
			.update();
		for (long userId : userIds.stream().distinct().toList()) {
			this.jdbc.sql("""
					insert into session_attendance (meeting_id, user_id, recorded_at)
					select ?, ?, ? where exists (select 1 from session_registration where meeting_id = ? and user_id = ?
					                             and status = 'REGISTERED')
					""").params(sessionId, userId, now(), sessionId, userId).update();
		}
	}

	/** Someone who came without registering, optionally with their municipality. */
	public void addWalkIn(long sessionId, String name, Long organisationId) {
		this.jdbc.sql("""
				insert into session_attendance (meeting_id, walk_in_name, walk_in_organisation_id, recorded_at)
				values (?, ?, ?, ?)
				""").params(sessionId, name, organisationId, now()).update();
	}

	/** Who came. */
	@Transactional(readOnly = true)
	public List<Attendee> attendees(long sessionId) {
		return this.jdbc.sql("""
				select a.id, a.user_id, coalesce(u.display_name, a.walk_in_name) as name, o.name as organisation
				from session_attendance a left join app_user u on u.id = a.user_id
				left join organisation o on o.id = coalesce(a.walk_in_organisation_id, u.organisation_id)
				where a.meeting_id = ? order by a.user_id is null, name, a.id
				""")
			.param(sessionId)
			.query((rs, n) -> new Attendee(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public void addLink(long sessionId, String title, String url, String by) {
		this.jdbc
			.sql("insert into session_material (meeting_id, title, url, added_by, added_at) values (?, ?, ?, ?, ?)")
			.params(sessionId, title, url, by, now())
			.update();
	}

	/**
	 * Adds a file.
	 * @return the message key of why it was refused, or empty when it was taken
	 */
	public Optional<String> addFile(long sessionId, String title, String fileName, byte[] content, String by) {
		if (content == null || content.length == 0) {
			return Optional.of("learning.material.error.fileRequired");
		}
		if (content.length > MAX_FILE_BYTES) {
			return Optional.of("learning.material.error.tooLarge");
		}
		String type = this.tika.detect(content);
		if (!FILE_TYPES.containsKey(type)) {
			return Optional.of("learning.material.error.type");
		}
		String name = (fileName == null || fileName.isBlank()) ? "material"
				: fileName.replaceAll("[^\\p{L}\\p{N} ._-]", "_");
		this.jdbc.sql("""
				insert into session_material (meeting_id, title, file_name, content_type, content, added_by, added_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(sessionId, title, name.substring(0, Math.min(name.length(), 200)), type, content, by, now())
			.update();
		return Optional.empty();
	}

	public boolean removeMaterial(long sessionId, long materialId) {
		return this.jdbc.sql("delete from session_material where id = ? and meeting_id = ?")
			.params(materialId, sessionId)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public List<Material> materials(long sessionId) {
		return this.jdbc.sql("""
				select id, title, url, file_name, content_type, added_by, added_at from session_material
				where meeting_id = ? order by added_at, id
				""")
			.param(sessionId)
			.query((rs, n) -> new Material(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Download> download(long sessionId, long materialId) {
		return this.jdbc.sql("""
				select file_name, content_type, content from session_material
				where id = ? and meeting_id = ? and content is not null
				""")
			.params(materialId, sessionId)
			.query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** Rates the session's usefulness (1–5); rating again replaces the earlier rating. */
	public void rate(long sessionId, long userId, int usefulness) {
		this.jdbc
			.sql("""
					insert into session_rating (meeting_id, user_id, usefulness, rated_at) values (?, ?, ?, ?)
					on conflict (meeting_id, user_id) do update set usefulness = excluded.usefulness, rated_at = excluded.rated_at
					""")
			.params(sessionId, userId, usefulness, now())
			.update();
	}

	/** The ratings: how many, their average, and the person's own (or null). */
	@Transactional(readOnly = true)
	public Ratings ratings(long sessionId, long userId) {
		return this.jdbc.sql("""
				select count(*), avg(usefulness), max(case when user_id = ? then usefulness end)
				from session_rating where meeting_id = ?
				""")
			.params(userId, sessionId)
			.query((rs, n) -> new Ratings(rs.getInt(1), (rs.getObject(2) != null) ? rs.getDouble(2) : null,
					(Integer) rs.getObject(3, Integer.class)))
			.single();
	}

	public void ask(long sessionId, long userId, String who, String question) {
		this.jdbc
			.sql("""
					insert into session_question (meeting_id, asked_by_id, asked_by, question, created_at) values (?, ?, ?, ?, ?)
					""")
			.params(sessionId, userId, who, question, now())
			.update();
	}

	public boolean answer(long sessionId, long questionId, String answer, String who) {
		return this.jdbc.sql("""
				update session_question set answer = ?, answered_by = ?, answered_at = ? where id = ? and meeting_id = ?
				""").params(answer, who, now(), questionId, sessionId).update() == 1;
	}

	@Transactional(readOnly = true)
	public List<Question> questions(long sessionId) {
		return this.jdbc.sql("""
				select id, asked_by, question, created_at, answer, answered_by, answered_at from session_question
				where meeting_id = ? order by created_at, id
				""")
			.param(sessionId)
			.query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
					(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null))
			.list();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/** Someone who came; {@code userId} is null for a walk-in. */
	public record Attendee(long id, Long userId, String name, String organisation) {
	}

	/** A link or a file shared after the session. */
	public record Material(long id, String title, String url, String fileName, String contentType, String addedBy,
			Instant addedAt) {

		public boolean file() {
			return this.url == null;
		}

	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

	public record Ratings(int count, Double average, Integer mine) {
	}

	public record Question(long id, String askedBy, String question, Instant askedAt, String answer, String answeredBy,
			Instant answeredAt) {
	}

}
