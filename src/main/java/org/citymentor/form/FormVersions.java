package org.citymentor.form;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting a draft as a numbered, dated, immutable version; reopening it for the next
 * version; reading earlier versions and who on the other side has seen which.
 */
@Service
@Transactional
public class FormVersions {

	private final JdbcClient jdbc;

	private final Clock clock;

	FormVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Freezes the draft as the next version.
	 * @param expectedVersion the document version the person confirmed on the check page
	 * @param sources the context versions this version was submitted with
	 * @return the new version's number
	 * @throws StaleEditException when the draft changed after the check page was shown
	 */
	public int submit(long documentId, long expectedVersion, Long userId, String who, Collection<Long> sources) {
		return submit(documentId, expectedVersion, userId, who, sources, this.clock.instant());
	}

	/**
	 * Freezes the draft as the next version submitted at a given moment: for versions
	 * that were made on paper before the programme moved to CityMentor (and the demo's
	 * history).
	 */
	public int submit(long documentId, long expectedVersion, Long userId, String who, Collection<Long> sources,
			Instant submittedAt) {
		int updated = this.jdbc.sql("""
				update form_document set status = 'SUBMITTED', version = version + 1
				where id = ? and version = ? and status = 'DRAFT'
				""").params(documentId, expectedVersion).update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from form_version where document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
		long versionId = this.jdbc.sql("""
				insert into form_version (document_id, number, submitted_at, submitted_by_id, submitted_by, language)
				select ?, ?, ?, ?, ?, language from form_document where id = ? returning id
				""")
			.params(documentId, number, Timestamp.from(submittedAt), userId, who, documentId)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into form_version_answer (version_id, question_key, value_text, value_number, value_date, value_flag)
					select ?, question_key, value_text, value_number, value_date, value_flag from form_answer where document_id = ?
					""")
			.params(versionId, documentId)
			.update();
		this.jdbc.sql("""
				insert into form_version_row (version_id, question_key, position, label, amount)
				select ?, question_key, position, label, amount from form_answer_row where document_id = ?
				""").params(versionId, documentId).update();
		sources.forEach((source) -> this.jdbc
			.sql("insert into form_version_source (version_id, source_version_id) values (?, ?) on conflict do nothing")
			.params(versionId, source)
			.update());
		return number;
	}

	/**
	 * Opens the draft again (it keeps the submitted answers) to make the next version.
	 */
	public void reopen(long documentId) {
		this.jdbc.sql(
				"update form_document set status = 'DRAFT', version = version + 1 where id = ? and status = 'SUBMITTED'")
			.param(documentId)
			.update();
	}

	@Transactional(readOnly = true)
	public List<Version> of(long documentId) {
		return this.jdbc.sql("select * from form_version where document_id = ? order by number desc")
			.param(documentId)
			.query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("number"),
					rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
					rs.getString("language")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Version> number(long documentId, int number) {
		return of(documentId).stream().filter((v) -> v.number() == number).findFirst();
	}

	public Version require(long documentId, int number) {
		return number(documentId, number).orElseThrow(NotFoundException::new);
	}

	/** The text answer to one question in each of the given versions, by version id. */
	@Transactional(readOnly = true)
	public Map<Long, String> texts(Collection<Long> versionIds, String questionKey) {
		Map<Long, String> texts = new LinkedHashMap<>();
		if (versionIds.isEmpty()) {
			return texts;
		}
		this.jdbc.sql("""
				select version_id, value_text from form_version_answer
				where version_id in (:ids) and question_key = :key and value_text is not null
				""").param("ids", versionIds).param("key", questionKey).query((rs) -> {
			texts.put(rs.getLong(1), rs.getString(2));
		});
		return texts;
	}

	@Transactional(readOnly = true)
	public Map<String, Answer> answers(long versionId) {
		return answers(List.of(versionId)).getOrDefault(versionId, new LinkedHashMap<>());
	}

	/** The answers of several versions, by version id (none: absent): one query. */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Answer>> answers(Collection<Long> versionIds) {
		if (versionIds.isEmpty()) {
			return new LinkedHashMap<>();
		}
		return DraftAnswers.read(this.jdbc, "form_version_answer", "form_version_row", "version_id", "in (:ids)",
				Map.of("ids", versionIds));
	}

	/**
	 * The answers of the latest submitted version of a participant's form of one kind
	 * (empty when there is none): one query.
	 */
	@Transactional(readOnly = true)
	public Map<String, Answer> latestAnswers(FormKind kind, long participantId) {
		Map<Long, Map<String, Answer>> latest = DraftAnswers.read(this.jdbc, "form_version_answer", "form_version_row",
				"version_id", """
						= (select v.id from form_document d join form_version v on v.document_id = d.id
						   where d.kind = :kind and d.participant_id = :participant order by v.number desc limit 1)""",
				Map.of("kind", kind.name(), "participant", participantId));
		return latest.values().stream().findFirst().orElseGet(LinkedHashMap::new);
	}

	/** The context versions a version was submitted with. */
	@Transactional(readOnly = true)
	public List<Version> sources(long versionId) {
		return this.jdbc.sql("""
				select v.* from form_version_source s join form_version v on v.id = s.source_version_id
				where s.version_id = ? order by v.id
				""")
			.param(versionId)
			.query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("number"),
					rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
					rs.getString("language")))
			.list();
	}

	/**
	 * Notes that an organisation (the other side) has seen a version; the first time
	 * counts.
	 */
	public void seenBy(long versionId, long organisationId) {
		this.jdbc.sql("""
				insert into form_version_view (version_id, organisation_id, first_seen_at) values (?, ?, ?)
				on conflict do nothing
				""").params(versionId, organisationId, Timestamp.from(this.clock.instant())).update();
	}

	/**
	 * For each organisation that saw a version of the document: the latest version it
	 * saw.
	 */
	@Transactional(readOnly = true)
	public List<Seen> seen(long documentId) {
		return this.jdbc.sql("""
				select distinct on (w.organisation_id) w.organisation_id, v.number, w.first_seen_at
				from form_version_view w join form_version v on v.id = w.version_id
				where v.document_id = ? order by w.organisation_id, v.number desc
				""")
			.param(documentId)
			.query((rs, n) -> new Seen(rs.getLong("organisation_id"), rs.getInt("number"),
					rs.getTimestamp("first_seen_at").toInstant()))
			.list();
	}

	/**
	 * A submitted version.
	 *
	 * @param language the language its answers were written in, null when not recorded
	 */
	public record Version(long id, long documentId, int number, Instant submittedAt, String submittedBy,
			String language) {
	}

	/** The latest version an organisation has seen, and when it first saw it. */
	public record Seen(long organisationId, int number, Instant at) {
	}

}
