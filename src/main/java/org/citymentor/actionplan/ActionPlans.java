package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of a group and where each stands: started, its latest version, approved,
 * being amended. Starting a plan, starting an amendment of an approved one.
 */
@Service
@Transactional
public class ActionPlans {

	private final JdbcClient jdbc;

	private final FormDocuments documents;

	private final FormVersions versions;

	private final org.citymentor.form.DraftAnswers drafts;

	private final org.citymentor.activity.Activities activities;

	ActionPlans(JdbcClient jdbc, FormDocuments documents, FormVersions versions,
			org.citymentor.form.DraftAnswers drafts, org.citymentor.activity.Activities activities) {
		this.drafts = drafts;
		this.activities = activities;
		this.jdbc = jdbc;
		this.documents = documents;
		this.versions = versions;
	}

	/** The participant's plan, created on first use with its settings. */
	public FormDocument open(long groupId, long participantId, long organisationId) {
		FormDocument document = this.documents.openForParticipant(FormKind.ACTION_PLAN, groupId, participantId,
				organisationId);
		this.jdbc.sql("insert into action_plan (document_id) values (?) on conflict do nothing")
			.param(document.id())
			.update();
		return document;
	}

	@Transactional(readOnly = true)
	public Settings settings(long documentId) {
		return this.jdbc
			.sql("select monitoring_interval_months, amendment_reason, version from action_plan where document_id = ?")
			.param(documentId)
			.query((rs, n) -> new Settings(rs.getInt(1), rs.getString(2), rs.getLong(3)))
			.optional()
			.orElse(new Settings(3, null, 0));
	}

	public void monitoringInterval(long documentId, int months) {
		this.jdbc
			.sql("update action_plan set monitoring_interval_months = ?, version = version + 1 where document_id = ?")
			.params(months, documentId)
			.update();
	}

	/**
	 * Reopens an approved plan to make an amendment, in the group's history; the reason
	 * goes with the next version.
	 */
	public void startAmendment(long documentId, String reason, Amendment context) {
		startAmendment(documentId, reason, context.actor().name());
		this.activities.record(context.programmeId(), context.groupId(), context.actor(),
				org.citymentor.activity.ActivityKind.ACTION_PLAN_AMENDMENT_STARTED, context.subject());
	}

	/** Who starts an amendment, and of what, for the group's history. */
	public record Amendment(long programmeId, long groupId, org.citymentor.activity.Activities.Actor actor,
			String subject) {
	}

	/**
	 * Reopens an approved plan to make an amendment; the reason goes with the next
	 * version.
	 */
	public void startAmendment(long documentId, String reason, String who) {
		this.jdbc.sql("update action_plan set amendment_reason = ?, version = version + 1 where document_id = ?")
			.params(reason, documentId)
			.update();
		this.versions.reopen(documentId);
		org.citymentor.form.Answer stage = this.drafts.of(documentId)
			.getOrDefault("stage", org.citymentor.form.Answer.EMPTY);
		this.drafts.save(documentId, Map.of("stage", org.citymentor.form.Answer.ofText("AMENDMENT")),
				Map.of("stage", stage.fingerprint()), who);
	}

	/** The reason of the amendment under way, cleared as its version is submitted. */
	public String takeAmendmentReason(long documentId) {
		String reason = settings(documentId).amendmentReason();
		if (reason != null) {
			this.jdbc.sql("update action_plan set amendment_reason = null where document_id = ?")
				.param(documentId)
				.update();
		}
		return reason;
	}

	/** Where each plan of the given groups stands, for task lists and overviews. */
	@Transactional(readOnly = true)
	public Map<Long, List<Standing>> of(Collection<Long> groupIds) {
		Map<Long, List<Standing>> result = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select d.group_id, d.participant_id, d.id, d.status,
				       (select max(number) from form_version v where v.document_id = d.id) as latest,
				       (select max(v.number) from plan_approval a join form_version v on v.id = a.version_id
				        where a.document_id = d.id) as approved,
				       (select max(a.decided_on) from plan_approval a where a.document_id = d.id) as approved_on,
				       (select count(*) from plan_action pa where pa.document_id = d.id) as actions,
				       (select count(*) from plan_commitment c where c.document_id = d.id) as commitments,
				       coalesce(ap.monitoring_interval_months, 3) as interval_months
				from form_document d left join action_plan ap on ap.document_id = d.id
				where d.kind = 'ACTION_PLAN' and d.group_id in (:groups)
				order by d.group_id, d.participant_id
				""").param("groups", groupIds).query((rs) -> {
			result.computeIfAbsent(rs.getLong("group_id"), (k) -> new java.util.ArrayList<>())
				.add(new Standing(rs.getLong("participant_id"), rs.getLong("id"),
						"SUBMITTED".equals(rs.getString("status")), rs.getInt("latest"), rs.getInt("approved"),
						rs.getObject("approved_on", LocalDate.class), rs.getInt("actions"), rs.getInt("commitments"),
						rs.getInt("interval_months")));
		});
		return result;
	}

	@Transactional(readOnly = true)
	public Optional<Standing> ofParticipant(long groupId, long participantId) {
		return of(List.of(groupId)).getOrDefault(groupId, List.of())
			.stream()
			.filter((s) -> s.participantId() == participantId)
			.findFirst();
	}

	/** A plan's settings beside its form document. */
	public record Settings(int monitoringIntervalMonths, String amendmentReason, long version) {
	}

	/**
	 * Where a plan stands.
	 *
	 * @param submitted its latest version is submitted and not reopened
	 * @param latest the number of its latest version, 0 when none
	 * @param approved the number of its latest approved version, 0 when none
	 * @param intervalMonths how often an update of each action is expected
	 */
	public record Standing(long participantId, long documentId, boolean submitted, int latest, int approved,
			LocalDate approvedOn, int actions, int commitments, int intervalMonths) {

		/** Approved, and not reopened for an amendment: the plan is frozen. */
		public boolean frozen() {
			return this.approved > 0 && this.submitted && this.approved == this.latest;
		}

		public boolean amending() {
			return this.approved > 0 && !frozen();
		}

	}

}
