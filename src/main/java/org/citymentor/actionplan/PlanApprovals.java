package org.citymentor.actionplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Formal approvals of plan versions: who decided, when, the reference of the decision,
 * and the document approved as CityMentor generated it at that moment.
 */
@Service
@Transactional
public class PlanApprovals {

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanApprovals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the approval of the plan's latest version, which must be submitted and not
	 * approved yet.
	 * @throws StaleEditException when the plan was reopened or resubmitted meanwhile
	 */
	public long record(long documentId, int number, Body body, String bodyOther, LocalDate decidedOn, String reference,
			byte[] pdf, Long userId, String who) {
		Long versionId = this.jdbc.sql("""
				select v.id from form_version v join form_document d on d.id = v.document_id
				where v.document_id = ? and v.number = ? and d.status = 'SUBMITTED'
				  and v.number = (select max(number) from form_version where document_id = ?)
				  and not exists (select 1 from plan_approval a where a.version_id = v.id)
				for update of d
				""")
			.params(documentId, number, documentId)
			.query(Long.class)
			.optional()
			.orElseThrow(StaleEditException::new);
		return this.jdbc
			.sql("""
					insert into plan_approval (document_id, version_id, body, body_other, decided_on, reference, document_pdf,
					    recorded_at, recorded_by_id, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(documentId, versionId, body.name(), bodyOther, decidedOn, reference, pdf,
					Timestamp.from(this.clock.instant()), userId, who)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public List<Approval> of(long documentId) {
		return this.jdbc.sql("""
				select a.id, v.number, a.body, a.body_other, a.decided_on, a.reference, a.recorded_at, a.recorded_by
				from plan_approval a join form_version v on v.id = a.version_id
				where a.document_id = ? order by v.number desc
				""")
			.param(documentId)
			.query((rs, n) -> new Approval(rs.getLong("id"), rs.getInt("number"), Body.valueOf(rs.getString("body")),
					rs.getString("body_other"), rs.getObject("decided_on", LocalDate.class), rs.getString("reference"),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Approval> ofVersion(long documentId, int number) {
		return of(documentId).stream().filter((a) -> a.number() == number).findFirst();
	}

	/** The PDF as it was approved. */
	@Transactional(readOnly = true)
	public byte[] pdf(long documentId, long approvalId) {
		return this.jdbc.sql("select document_pdf from plan_approval where id = ? and document_id = ?")
			.params(approvalId, documentId)
			.query(byte[].class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/** Who may formally approve a plan. */
	public enum Body {

		COUNCIL, BOARD_OF_ALDERMEN, MAYOR, DEPARTMENT_HEAD, OTHER

	}

	public record Approval(long id, int number, Body body, String bodyOther, LocalDate decidedOn, String reference,
			Instant recordedAt, String recordedBy) {
	}

}
