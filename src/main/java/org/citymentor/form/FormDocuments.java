package org.citymentor.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and creating form documents, sharing drafts, and the status of many documents
 * at once for task lists and overviews. Who may do what is asked of {@code Access} by the
 * pages before they call in.
 */
@Service
@Transactional
public class FormDocuments {

	private static final String SELECT = """
			select d.*, coalesce(v.number, 0) as latest_number, v.id as latest_version_id,
			       v.submitted_at as latest_submitted_at
			from form_document d
			left join lateral (select id, number, submitted_at from form_version fv where fv.document_id = d.id
			                   order by number desc limit 1) v on true
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	FormDocuments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<FormDocument> find(long documentId) {
		return this.jdbc.sql(SELECT + " where d.id = ?").param(documentId).query(FormDocuments::map).optional();
	}

	@Transactional(readOnly = true)
	public Optional<FormDocument> ofParticipant(FormKind kind, long participantId) {
		return this.jdbc.sql(SELECT + " where d.kind = ? and d.participant_id = ?")
			.params(kind.name(), participantId)
			.query(FormDocuments::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<FormDocument> ofOrganisation(FormKind kind, long organisationId, Long subjectOrganisationId) {
		return this.jdbc
			.sql(SELECT + " where d.kind = ? and d.organisation_id = ? and d.participant_id is null"
					+ " and coalesce(d.subject_organisation_id, 0) = ?")
			.params(kind.name(), organisationId, (subjectOrganisationId != null) ? subjectOrganisationId : 0L)
			.query(FormDocuments::map)
			.optional();
	}

	/**
	 * The organisations' documents of the given keys (kind, owner, subject), those that
	 * exist: one query.
	 */
	@Transactional(readOnly = true)
	public Map<OrganisationKey, FormDocument> ofOrganisations(List<OrganisationKey> keys) {
		Map<OrganisationKey, FormDocument> found = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		List<Object> params = new java.util.ArrayList<>();
		keys.forEach((key) -> {
			params.add(key.kind().name());
			params.add(key.organisationId());
			params.add((key.subjectOrganisationId() != null) ? key.subjectOrganisationId() : 0L);
		});
		this.jdbc
			.sql(SELECT + " where d.participant_id is null"
					+ " and (d.kind, d.organisation_id, coalesce(d.subject_organisation_id, 0)) in ("
					+ String.join(", ", java.util.Collections.nCopies(keys.size(), "(?, ?, ?)")) + ")")
			.params(params)
			.query(FormDocuments::map)
			.list()
			.forEach((doc) -> found
				.put(new OrganisationKey(doc.kind(), doc.organisationId(), doc.subjectOrganisationId()), doc));
		return found;
	}

	/**
	 * Which organisation document: its kind, owner, and the organisation it is about
	 * (null: none).
	 */
	public record OrganisationKey(FormKind kind, long organisationId, Long subjectOrganisationId) {
	}

	/** The participant's document, created on first use. */
	public FormDocument openForParticipant(FormKind kind, long groupId, long participantId, long organisationId) {
		this.jdbc.sql("""
				insert into form_document (kind, organisation_id, group_id, participant_id)
				values (?, ?, ?, ?) on conflict do nothing
				""").params(kind.name(), organisationId, groupId, participantId).update();
		return ofParticipant(kind, participantId).orElseThrow();
	}

	/**
	 * The organisation's document (about a member organisation for a national context),
	 * created on first use.
	 */
	public FormDocument openForOrganisation(FormKind kind, long organisationId, Long subjectOrganisationId) {
		this.jdbc.sql("""
				insert into form_document (kind, organisation_id, subject_organisation_id)
				values (?, ?, ?) on conflict do nothing
				""").params(kind.name(), organisationId, subjectOrganisationId).update();
		return ofOrganisation(kind, organisationId, subjectOrganisationId).orElseThrow();
	}

	/** The owner lets every member of the group read the draft and comment on it. */
	public void share(long documentId, boolean shared) {
		this.jdbc.sql("update form_document set shared_with_group = ?, version = version + 1 where id = ?")
			.params(shared, documentId)
			.update();
	}

	/** The documents of one kind for a page of groups, by group: one query. */
	@Transactional(readOnly = true)
	public Map<Long, List<FormDocument>> ofGroups(FormKind kind, Collection<Long> groupIds) {
		Map<Long, List<FormDocument>> byGroup = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return byGroup;
		}
		this.jdbc.sql(SELECT + " where d.kind = :kind and d.group_id in (:groups) order by d.id")
			.param("kind", kind.name())
			.param("groups", groupIds)
			.query(FormDocuments::map)
			.list()
			.forEach((doc) -> byGroup.computeIfAbsent(doc.groupId(), (id) -> new java.util.ArrayList<>()).add(doc));
		return byGroup;
	}

	/** Documents of one kind owned by the given organisations (with no participant). */
	@Transactional(readOnly = true)
	public List<FormDocument> ofOrganisations(FormKind kind, Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where d.kind = :kind and d.organisation_id in (:orgs) and d.participant_id is null")
			.param("kind", kind.name())
			.param("orgs", organisationIds)
			.query(FormDocuments::map)
			.list();
	}

	/** Records who last wrote in the draft, when, and in which language (the page's). */
	void touch(long documentId, String who) {
		this.jdbc.sql("""
				update form_document set draft_updated_at = ?, draft_updated_by = ?, language = coalesce(?, language),
				    version = version + 1
				where id = ?""")
			.params(Timestamp.from(this.clock.instant()), who, SupportedLanguages.current(), documentId)
			.update();
	}

	static FormDocument map(ResultSet rs, int row) throws SQLException {
		Timestamp updated = rs.getTimestamp("draft_updated_at");
		Timestamp submitted = rs.getTimestamp("latest_submitted_at");
		return new FormDocument(rs.getLong("id"), FormKind.valueOf(rs.getString("kind")), rs.getLong("organisation_id"),
				(Long) rs.getObject("subject_organisation_id", Long.class), (Long) rs.getObject("group_id", Long.class),
				(Long) rs.getObject("participant_id", Long.class), FormStatus.valueOf(rs.getString("status")),
				rs.getBoolean("shared_with_group"), (updated != null) ? updated.toInstant() : null,
				rs.getString("draft_updated_by"), rs.getLong("version"), rs.getInt("latest_number"),
				(Long) rs.getObject("latest_version_id", Long.class),
				(submitted != null) ? submitted.toInstant() : null, rs.getString("language"));
	}

}
