package org.citymentor.programme;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The questions of the guide's templates that a programme does not use. */
@Service
@Transactional
public class HiddenQuestions {

	private final JdbcClient jdbc;

	HiddenQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Set<String> of(long programmeId, String formKind) {
		return new LinkedHashSet<>(this.jdbc
			.sql("select question_key from programme_hidden_question where programme_id = ? and form_kind = ?")
			.params(programmeId, formKind)
			.query(String.class)
			.list());
	}

	public void replace(long programmeId, String formKind, Collection<String> questionKeys) {
		this.jdbc.sql("delete from programme_hidden_question where programme_id = ? and form_kind = ?")
			.params(programmeId, formKind)
			.update();
		questionKeys.forEach((key) -> this.jdbc
			.sql("insert into programme_hidden_question (programme_id, form_kind, question_key) values (?, ?, ?)")
			.params(programmeId, formKind, key)
			.update());
	}

}
