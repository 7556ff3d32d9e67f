package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Political commitment (chapter 4 of the guide): which politicians back the plan, since
 * when and how. Kept beside the plan, not in its versions: backing can grow after
 * approval.
 */
@Service
@Transactional
public class PlanCommitments {

	private final JdbcClient jdbc;

	PlanCommitments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long add(long documentId, String personName, String office, LocalDate since, How how, String note) {
		return this.jdbc.sql("""
				insert into plan_commitment (document_id, person_name, office, since, how, note)
				values (?, ?, ?, ?, ?, ?) returning id
				""").params(documentId, personName, office, since, how.name(), note).query(Long.class).single();
	}

	public void remove(long documentId, long commitmentId) {
		int removed = this.jdbc.sql("delete from plan_commitment where id = ? and document_id = ?")
			.params(commitmentId, documentId)
			.update();
		if (removed == 0) {
			throw new NotFoundException();
		}
	}

	@Transactional(readOnly = true)
	public List<Commitment> of(long documentId) {
		return this.jdbc.sql("select * from plan_commitment where document_id = ? order by since nulls last, id")
			.param(documentId)
			.query((rs, n) -> new Commitment(rs.getLong("id"), rs.getString("person_name"), rs.getString("office"),
					rs.getObject("since", LocalDate.class), How.valueOf(rs.getString("how")), rs.getString("note")))
			.list();
	}

	/** How a politician backs the plan. */
	public enum How {

		STATEMENT, COUNCIL_DECISION, VISIT_ATTENDANCE, OTHER

	}

	public record Commitment(long id, String personName, String office, LocalDate since, How how, String note) {
	}

}
