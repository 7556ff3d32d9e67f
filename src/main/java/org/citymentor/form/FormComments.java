package org.citymentor.form;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on a form's questions, written by the group's members and resolvable. */
@Service
@Transactional
public class FormComments {

	public static final int MAX_LENGTH = 2_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	FormComments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long add(long documentId, String questionKey, Long authorId, String authorName, Long organisationId,
			String body) {
		return this.jdbc
			.sql("""
					insert into form_comment (document_id, question_key, author_id, author_name, author_organisation_id, body, created_at)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(documentId, questionKey, authorId, authorName, organisationId, body.strip(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Resolves a comment of this document; false when there is no such open comment. */
	public boolean resolve(long documentId, long commentId, String who) {
		return this.jdbc.sql("""
				update form_comment set resolved_at = ?, resolved_by = ?
				where id = ? and document_id = ? and resolved_at is null
				""").params(Timestamp.from(this.clock.instant()), who, commentId, documentId).update() == 1;
	}

	/** The comments of a document by question, oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<Comment>> of(long documentId) {
		Map<String, List<Comment>> byQuestion = new LinkedHashMap<>();
		this.jdbc.sql("select * from form_comment where document_id = ? order by created_at, id")
			.param(documentId)
			.query((rs, n) -> {
				Timestamp resolved = rs.getTimestamp("resolved_at");
				return new Comment(rs.getLong("id"), rs.getString("question_key"), rs.getString("author_name"),
						(Long) rs.getObject("author_organisation_id", Long.class), rs.getString("body"),
						rs.getTimestamp("created_at").toInstant(), (resolved != null) ? resolved.toInstant() : null,
						rs.getString("resolved_by"));
			})
			.list()
			.forEach((c) -> byQuestion.computeIfAbsent(c.questionKey(), (k) -> new java.util.ArrayList<>()).add(c));
		return byQuestion;
	}

	@Transactional(readOnly = true)
	public long openCount(long documentId) {
		return this.jdbc.sql("select count(*) from form_comment where document_id = ? and resolved_at is null")
			.param(documentId)
			.query(Long.class)
			.single();
	}

	/** A comment on one question. */
	public record Comment(long id, String questionKey, String authorName, Long authorOrganisationId, String body,
			Instant createdAt, Instant resolvedAt, String resolvedBy) {

		public boolean isOpen() {
			return this.resolvedAt == null;
		}

	}

}
