package org.citymentor.form;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers of a draft, saved without ever overwriting someone else's change silently.
 * The page sends, with each answer, the fingerprint of the answer it showed: an answer
 * the person did not change is left alone, a change of theirs is written when nobody else
 * changed that answer meanwhile, and when both did (with different results) it is handed
 * back as a conflict for them to merge.
 */
@Service
@Transactional
public class DraftAnswers {

	private final JdbcClient jdbc;

	private final FormDocuments documents;

	private final Clock clock;

	DraftAnswers(JdbcClient jdbc, FormDocuments documents, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<String, Answer> of(long documentId) {
		return of(List.of(documentId)).getOrDefault(documentId, new LinkedHashMap<>());
	}

	/** The drafts of several documents, by document id (none: absent): one query. */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Answer>> of(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return new LinkedHashMap<>();
		}
		return read(this.jdbc, "form_answer", "form_answer_row", "document_id", "in (:ids)",
				Map.of("ids", documentIds));
	}

	/**
	 * The answers with the rows of their tables, by owner (a document's draft or a
	 * version), read in one query: {@code answers} and {@code rows} are the tables,
	 * {@code owner} the column both are keyed by, {@code which} the condition on it (with
	 * named parameters {@code params}).
	 */
	static Map<Long, Map<String, Answer>> read(JdbcClient jdbc, String answers, String rows, String owner, String which,
			Map<String, ?> params) {
		Map<Long, Map<String, Answer>> byOwner = new LinkedHashMap<>();
		Map<Long, Map<String, List<Answer.Row>>> rowsByOwner = new LinkedHashMap<>();
		jdbc.sql("select " + owner + " as owner, 0 as part, question_key, value_text, value_number, value_date,"
				+ " value_flag, 0 as position, null::varchar as label, null::numeric as amount from " + answers
				+ " where " + owner + " " + which + " union all select " + owner
				+ ", 1, question_key, null, null, null, null, position, label, amount from " + rows + " where " + owner
				+ " " + which + " order by owner, part, question_key, position")
			.params(params)
			.query((rs) -> {
				long id = rs.getLong("owner");
				String key = rs.getString("question_key");
				if (rs.getInt("part") == 0) {
					byOwner.computeIfAbsent(id, (k) -> new LinkedHashMap<>()).put(key, map(rs));
				}
				else {
					rowsByOwner.computeIfAbsent(id, (k) -> new LinkedHashMap<>())
						.computeIfAbsent(key, (k) -> new ArrayList<>())
						.add(new Answer.Row(rs.getString("label"), rs.getBigDecimal("amount")));
				}
			});
		rowsByOwner.forEach((id, tables) -> {
			Map<String, Answer> of = byOwner.computeIfAbsent(id, (k) -> new LinkedHashMap<>());
			tables.forEach((key, list) -> {
				Answer base = of.getOrDefault(key, Answer.EMPTY);
				of.put(key, new Answer(base.text(), base.number(), base.date(), base.flag(), list));
			});
		});
		return byOwner;
	}

	/**
	 * Saves what the person changed.
	 * @param mine the answers on the page, by question key
	 * @param shown the fingerprints of the answers the page was showing (absent: treated
	 * as shown empty)
	 * @throws FormLockedException when the form is submitted and not reopened
	 */
	public SaveResult save(long documentId, Map<String, Answer> mine, Map<String, String> shown, String who) {
		String status = this.jdbc.sql("select status from form_document where id = ? for update")
			.param(documentId)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		if (FormStatus.valueOf(status) == FormStatus.SUBMITTED) {
			throw new FormLockedException();
		}
		Map<String, Answer> stored = of(documentId);
		List<String> saved = new ArrayList<>();
		Map<String, Answer> conflicts = new LinkedHashMap<>();
		mine.forEach((key, answer) -> {
			Answer current = stored.getOrDefault(key, Answer.EMPTY);
			String base = shown.getOrDefault(key, Answer.EMPTY.fingerprint());
			if (answer.fingerprint().equals(base) || answer.sameAs(current)) {
				return;
			}
			if (current.fingerprint().equals(base)) {
				write(documentId, key, answer, who);
				saved.add(key);
			}
			else {
				conflicts.put(key, current);
			}
		});
		if (!saved.isEmpty()) {
			this.documents.touch(documentId, who);
		}
		return new SaveResult(saved, conflicts, of(documentId));
	}

	/** Copies answers into a draft that has none yet (a new draft from earlier data). */
	public void prefill(long documentId, Map<String, Answer> answers, String who) {
		answers.forEach((key, answer) -> this.jdbc
			.sql("""
					insert into form_answer (document_id, question_key, value_text, value_number, value_date, value_flag, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
					""")
			.params(documentId, key, answer.text(), answer.number(),
					(answer.date() != null) ? Date.valueOf(answer.date()) : null, answer.flag(),
					Timestamp.from(this.clock.instant()), who)
			.update());
	}

	private void write(long documentId, String key, Answer answer, String who) {
		this.jdbc.sql("delete from form_answer_row where document_id = ? and question_key = ?")
			.params(documentId, key)
			.update();
		if (answer.isEmpty()) {
			this.jdbc.sql("delete from form_answer where document_id = ? and question_key = ?")
				.params(documentId, key)
				.update();
			return;
		}
		for (int i = 0; i < answer.rows().size(); i++) {
			Answer.Row row = answer.rows().get(i);
			this.jdbc.sql(
					"insert into form_answer_row (document_id, question_key, position, label, amount) values (?, ?, ?, ?, ?)")
				.params(documentId, key, i, row.label(), row.amount())
				.update();
		}
		this.jdbc
			.sql("""
					insert into form_answer (document_id, question_key, value_text, value_number, value_date, value_flag, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (document_id, question_key) do update set value_text = excluded.value_text,
					  value_number = excluded.value_number, value_date = excluded.value_date, value_flag = excluded.value_flag,
					  updated_at = excluded.updated_at, updated_by = excluded.updated_by
					""")
			.params(documentId, key, answer.text(), answer.number(),
					(answer.date() != null) ? Date.valueOf(answer.date()) : null, answer.flag(),
					Timestamp.from(this.clock.instant()), who)
			.update();
	}

	static Answer map(ResultSet rs) throws SQLException {
		Date date = rs.getDate("value_date");
		BigDecimal number = rs.getBigDecimal("value_number");
		Boolean flag = (Boolean) rs.getObject("value_flag");
		return new Answer(rs.getString("value_text"), number, (date != null) ? date.toLocalDate() : null, flag);
	}

	/**
	 * What a save did: the keys written, the answers someone else changed meanwhile
	 * (their stored value, by key), and the draft as it now stands.
	 */
	public record SaveResult(List<String> saved, Map<String, Answer> conflicts, Map<String, Answer> draft) {

		public boolean hasConflicts() {
			return !this.conflicts.isEmpty();
		}

		/**
		 * The fingerprint of an answer as it now stands, for the page to send next time.
		 */
		public String fingerprint(String key) {
			return this.draft.getOrDefault(key, Answer.EMPTY).fingerprint();
		}

	}

}
