package org.citymentor.form;

import java.util.List;

/**
 * One question of a template. Its label and help text are the message keys
 * {@code form.<kind>.<key>} and {@code form.<kind>.<key>.help}; options of a choice are
 * {@code form.<kind>.<key>.<option>}.
 *
 * @param key stable name of the answer in the database
 * @param part the part of the template (A, B, C…), one page each
 * @param type how it is answered and stored
 * @param maxLength the longest text accepted (text types)
 * @param options the codes of a fixed choice, empty when the page supplies them
 */
public record Question(String key, String part, QuestionType type, int maxLength, List<String> options) {

	public static final int LONG_TEXT = 10_000;

	public static Question text(String key, String part) {
		return new Question(key, part, QuestionType.TEXT, LONG_TEXT, List.of());
	}

	public static Question of(String key, String part, QuestionType type) {
		return new Question(key, part, type, (type == QuestionType.LINE) ? 300 : LONG_TEXT, List.of());
	}

	/** Rows of a label (up to 300 characters) and a whole number. */
	public static Question table(String key, String part) {
		return new Question(key, part, QuestionType.TABLE, 300, List.of());
	}

	public static Question choice(String key, String part, QuestionType type, String... options) {
		return new Question(key, part, type, 300, List.of(options));
	}

	public boolean isLongText() {
		return this.type == QuestionType.TEXT || this.type == QuestionType.CHECK_NOTE;
	}

}
