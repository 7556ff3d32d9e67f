package org.citymentor.form.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citymentor.form.Answer;
import org.citymentor.form.Question;

import org.springframework.util.MultiValueMap;

/**
 * Reads a page of answers from the request parameters ({@code a.<key>},
 * {@code a.<key>.note}, {@code a.<key>.day|month|year}) and checks each by its question's
 * type. A wrong value is reported with a message key and kept as typed, so nothing is
 * lost on the page.
 */
final class AnswerParser {

	private static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999999");

	private AnswerParser() {
	}

	static Parsed parse(List<Question> questions, MultiValueMap<String, String> params,
			Map<String, List<String>> allowedOptions) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> raw = new LinkedHashMap<>();
		Map<String, List<String>> rawChoices = new LinkedHashMap<>();
		Map<String, List<List<String>>> rawRows = new LinkedHashMap<>();
		for (Question q : questions) {
			String name = "a." + q.key();
			if (params.keySet().stream().noneMatch((n) -> n.equals(name) || n.startsWith(name + "."))) {
				continue;
			}
			String value = trim(params.getFirst(name));
			raw.put(q.key(), value);
			try {
				Answer answer = switch (q.type()) {
					case TEXT, LINE -> text(value, q.maxLength());
					case NUMBER -> new Answer(null, number(value, false), null, null);
					case MONEY -> new Answer(null, number(value, true), null, null);
					case PERCENT -> new Answer(null, percent(value), null, null);
					case DATE -> date(q, params, raw);
					case YES_NO -> new Answer(null, null, null, yesNo(value));
					case CHOICE -> new Answer(choice(value, q.options()), null, null, null);
					case CHOICES -> choices(q, params, allowedOptions, rawChoices);
					case CHECK_NOTE -> checkNote(q, params, raw);
					case TABLE -> table(q, params, rawRows);
				};
				answers.put(q.key(), answer);
			}
			catch (InvalidAnswer ex) {
				errors.put(q.key(), ex.getMessage());
			}
		}
		return new Parsed(answers, errors, raw, rawChoices, rawRows);
	}

	private static Answer text(String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			throw new InvalidAnswer("form.error.tooLong");
		}
		return Answer.ofText(value);
	}

	private static BigDecimal number(String value, boolean money) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		String cleaned = normalise(value);
		BigDecimal number;
		try {
			number = new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			throw new InvalidAnswer(money ? "form.error.money" : "form.error.number");
		}
		if (number.signum() < 0 || number.compareTo(MAX_NUMBER) > 0) {
			throw new InvalidAnswer("form.error.notNegative");
		}
		if (!money && number.stripTrailingZeros().scale() > 0) {
			throw new InvalidAnswer("form.error.number");
		}
		if (money && number.stripTrailingZeros().scale() > 2) {
			throw new InvalidAnswer("form.error.money");
		}
		return number;
	}

	static String normalise(String value) {
		return org.citymentor.form.NumberText.normalise(value);
	}

	private static BigDecimal percent(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value.replace("%", "").replace(",", ".").strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidAnswer("form.error.percent");
		}
		if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0
				|| number.stripTrailingZeros().scale() > 2) {
			throw new InvalidAnswer("form.error.percent");
		}
		return number;
	}

	private static Answer date(Question q, MultiValueMap<String, String> params, Map<String, String> raw) {
		String name = "a." + q.key();
		String day = trim(params.getFirst(name + ".day"));
		String month = trim(params.getFirst(name + ".month"));
		String year = trim(params.getFirst(name + ".year"));
		raw.put(q.key() + ".day", day);
		raw.put(q.key() + ".month", month);
		raw.put(q.key() + ".year", year);
		if (isEmpty(day) && isEmpty(month) && isEmpty(year)) {
			return Answer.EMPTY;
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			if (date.getYear() < 1900 || date.getYear() > 2200) {
				throw new InvalidAnswer("form.error.date");
			}
			return new Answer(null, null, date, null);
		}
		catch (NumberFormatException | DateTimeException ex) {
			throw new InvalidAnswer("form.error.date");
		}
	}

	private static Boolean yesNo(String value) {
		if (isEmpty(value)) {
			return null;
		}
		return switch (value) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> throw new InvalidAnswer("form.error.choice");
		};
	}

	private static String choice(String value, List<String> options) {
		if (isEmpty(value)) {
			return null;
		}
		if (!options.contains(value)) {
			throw new InvalidAnswer("form.error.choice");
		}
		return value;
	}

	private static Answer choices(Question q, MultiValueMap<String, String> params,
			Map<String, List<String>> allowedOptions, Map<String, List<String>> rawChoices) {
		List<String> chosen = params.getOrDefault("a." + q.key(), List.of())
			.stream()
			.filter((v) -> v != null && !v.isBlank())
			.distinct()
			.toList();
		rawChoices.put(q.key(), chosen);
		List<String> allowed = q.options().isEmpty() ? allowedOptions.getOrDefault(q.key(), List.of()) : q.options();
		if (!allowed.containsAll(chosen)) {
			throw new InvalidAnswer("form.error.choice");
		}
		return Answer.ofText(chosen.isEmpty() ? null : String.join(" ", chosen));
	}

	private static Answer checkNote(Question q, MultiValueMap<String, String> params, Map<String, String> raw) {
		String note = trim(params.getFirst("a." + q.key() + ".note"));
		raw.put(q.key() + ".note", note);
		boolean ticked = "yes".equals(params.getFirst("a." + q.key()));
		if (note != null && note.length() > q.maxLength()) {
			throw new InvalidAnswer("form.error.tooLong");
		}
		if (!ticked && note == null) {
			return Answer.EMPTY;
		}
		return new Answer(Answer.ofText(note).text(), null, null, ticked);
	}

	/**
	 * Rows come as parallel lists {@code a.<key>.label} and {@code a.<key>.amount}; blank
	 * rows are left out, a number needs a label, numbers are whole and at least zero.
	 */
	private static Answer table(Question q, MultiValueMap<String, String> params,
			Map<String, List<List<String>>> rawRows) {
		List<String> labels = params.getOrDefault("a." + q.key() + ".label", List.of());
		List<String> amounts = params.getOrDefault("a." + q.key() + ".amount", List.of());
		List<List<String>> typed = new java.util.ArrayList<>();
		List<Answer.Row> rows = new java.util.ArrayList<>();
		String error = null;
		for (int i = 0; i < Math.max(labels.size(), amounts.size()) && i < 100; i++) {
			String label = (i < labels.size()) ? trim(labels.get(i)) : "";
			String amount = (i < amounts.size()) ? trim(amounts.get(i)) : "";
			typed.add(List.of(Objects.toString(label, ""), Objects.toString(amount, "")));
			if (isEmpty(label) && isEmpty(amount)) {
				continue;
			}
			if (isEmpty(label)) {
				error = "form.error.rowLabel";
				continue;
			}
			if (label.length() > q.maxLength()) {
				error = "form.error.tooLong";
				continue;
			}
			try {
				rows.add(new Answer.Row(label, number(amount, false)));
			}
			catch (InvalidAnswer ex) {
				error = ex.getMessage();
			}
		}
		rawRows.put(q.key(), typed);
		if (error != null) {
			throw new InvalidAnswer(error);
		}
		return Answer.ofRows(rows);
	}

	private static String trim(String value) {
		return (value != null) ? value.replace("\r\n", "\n").strip() : null;
	}

	private static boolean isEmpty(String value) {
		return value == null || value.isEmpty();
	}

	/**
	 * The answers that could be read, the message key of each wrong one, and the raw
	 * input.
	 */
	record Parsed(Map<String, Answer> answers, Map<String, String> errors, Map<String, String> raw,
			Map<String, List<String>> rawChoices, Map<String, List<List<String>>> rawRows) {
	}

	private static final class InvalidAnswer extends RuntimeException {

		InvalidAnswer(String messageKey) {
			super(messageKey, null, false, false);
		}

	}

}
