package org.citymentor.form;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
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
		Map<String, Answer> answers = new LinkedHashMap<>();
		this.jdbc.sql("select * from form_answer where document_id = ?").param(documentId).query((rs, n) -> {
			answers.put(rs.getString("question_key"), map(rs));
			return null;
		}).list();
		return withRows(answers, this.jdbc.sql(
				"select question_key, label, amount from form_answer_row where document_id = ? order by question_key, position")
			.param(documentId));
	}

	/**
	 * Adds the rows of table answers, read by {@code rows} (question_key, label, amount).
	 */
	static Map<String, Answer> withRows(Map<String, Answer> answers, JdbcClient.StatementSpec rows) {
		Map<String, List<Answer.Row>> byKey = new LinkedHashMap<>();
		rows.query((rs, n) -> byKey.computeIfAbsent(rs.getString("question_key"), (k) -> new ArrayList<>())
			.add(new Answer.Row(rs.getString("label"), rs.getBigDecimal("amount")))).list();
		byKey.forEach((key, list) -> {
			Answer base = answers.getOrDefault(key, Answer.EMPTY);
			answers.put(key, new Answer(base.text(), base.number(), base.date(), base.flag(), list));
		});
		return answers;
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
