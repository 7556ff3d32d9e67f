package org.citymentor.form.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.citymentor.form.Answer;
import org.citymentor.form.FormComments.Comment;
import org.citymentor.form.FormDefinition;
import org.citymentor.form.Question;
import org.citymentor.shared.web.Option;

/**
 * One question as a page shows it: its texts, the answer (or what was typed), its error,
 * the answer stored by someone else in a conflict, and its comments.
 */
public record QuestionView(Question question, String label, String help, Answer answer, Map<String, String> raw,
		List<String> chosen, String error, Answer theirs, List<Comment> comments, List<Option> options, String shown,
		List<List<String>> rawRows) {

	/** Questions to read: their answers and comments, nothing typed. */
	public static List<QuestionView> read(FormDefinition definition, Map<String, Answer> answers,
			Map<String, List<Comment>> comments, Map<String, List<Option>> pageOptions) {
		return of(definition, definition.questions(), answers, null, Map.of(), comments, pageOptions, answers);
	}

	static List<QuestionView> of(FormDefinition definition, List<Question> questions, Map<String, Answer> answers,
			AnswerParser.Parsed typed, Map<String, Answer> conflicts, Map<String, List<Comment>> comments,
			Map<String, List<Option>> pageOptions, Map<String, Answer> stored) {
		List<QuestionView> views = new ArrayList<>();
		for (Question q : questions) {
			String prefix = definition.messagePrefix() + q.key();
			Answer answer = answers.getOrDefault(q.key(), Answer.EMPTY);
			List<Option> options = q.options().isEmpty() ? pageOptions.getOrDefault(q.key(), List.of())
					: q.options().stream().map((o) -> new Option(o, prefix + "." + o)).toList();
			List<String> chosen = (typed != null && typed.rawChoices().containsKey(q.key()))
					? typed.rawChoices().get(q.key())
					: (answer.text() != null ? Arrays.asList(answer.text().split(" ")) : List.of());
			Answer base = (conflicts.containsKey(q.key())) ? conflicts.get(q.key())
					: stored.getOrDefault(q.key(), Answer.EMPTY);
			views.add(new QuestionView(q, prefix, prefix + ".help", answer, (typed != null) ? typed.raw() : Map.of(),
					chosen, (typed != null) ? typed.errors().get(q.key()) : null, conflicts.get(q.key()),
					comments.getOrDefault(q.key(), List.of()), options, base.fingerprint(),
					(typed != null) ? typed.rawRows().get(q.key()) : null));
		}
		return views;
	}

	/** The value to put back in a field: what was typed, else the stored answer. */
	public String value() {
		if (this.raw.containsKey(this.question.key())) {
			return this.raw.get(this.question.key());
		}
		return display(this.answer);
	}

	public String part(String name) {
		String key = this.question.key() + "." + name;
		if (this.raw.containsKey(key)) {
			return this.raw.get(key);
		}
		if (this.answer.date() != null) {
			return switch (name) {
				case "day" -> String.valueOf(this.answer.date().getDayOfMonth());
				case "month" -> String.valueOf(this.answer.date().getMonthValue());
				case "year" -> String.valueOf(this.answer.date().getYear());
				default -> "";
			};
		}
		return "note".equals(name) ? this.answer.text() : null;
	}

	/**
	 * The rows to show in a table question: what was typed (after an error), else the
	 * stored rows, then three empty rows to fill in (more after each save).
	 */
	public List<List<String>> tableRows() {
		List<List<String>> rows = new ArrayList<>();
		if (this.rawRows != null) {
			rows.addAll(this.rawRows);
		}
		else {
			this.answer.rows()
				.forEach((row) -> rows.add(List.of(row.label(),
						(row.amount() != null) ? row.amount().stripTrailingZeros().toPlainString() : "")));
		}
		for (int i = 0; i < 3; i++) {
			rows.add(List.of("", ""));
		}
		return rows;
	}

	public boolean isChosen(String option) {
		return this.chosen.contains(option);
	}

	public String theirsText() {
		return display(this.theirs);
	}

	public boolean ticked() {
		return Boolean.TRUE.equals(this.answer.flag());
	}

	public long openComments() {
		return this.comments.stream().filter(Comment::isOpen).count();
	}

	public String id() {
		return "a-" + this.question.key();
	}

	static String display(Answer answer) {
		if (answer == null || answer.isEmpty()) {
			return null;
		}
		if (answer.flag() != null && answer.text() == null && answer.number() == null) {
			return answer.flag() ? "yes" : "no";
		}
		return answer.display();
	}

}
