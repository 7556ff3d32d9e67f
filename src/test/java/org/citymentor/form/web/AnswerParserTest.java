package org.citymentor.form.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citymentor.form.Question;
import org.citymentor.form.QuestionType;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers are read by their type; a wrong value is reported and kept as typed. */
class AnswerParserTest {

	static final List<Question> QUESTIONS = List.of(Question.of("population", "B", QuestionType.NUMBER),
			Question.of("budget", "B", QuestionType.MONEY), Question.of("share", "B", QuestionType.PERCENT),
			Question.of("since", "B", QuestionType.DATE), Question.text("story", "B"),
			Question.choice("basis", "B", QuestionType.CHOICE, "background", "other"),
			Question.of("themes", "B", QuestionType.CHOICES), Question.of("funding", "B", QuestionType.CHECK_NOTE),
			Question.table("groups", "B"));

	@Test
	void numbersAreReadTheEnglishAndTheDutchWay() {
		assertThat(parse(Map.of("a.budget", "1.250.000,50")).answers().get("budget").number())
			.isEqualByComparingTo("1250000.50");
		assertThat(parse(Map.of("a.budget", "1,250,000.50")).answers().get("budget").number())
			.isEqualByComparingTo("1250000.50");
		assertThat(parse(Map.of("a.budget", "€ 2500,5")).answers().get("budget").number())
			.isEqualByComparingTo("2500.5");
		assertThat(parse(Map.of("a.population", "86.000")).answers().get("population").number())
			.isEqualByComparingTo(BigDecimal.valueOf(86000));
	}

	@Test
	void wrongValuesAreReportedAndKeptAsTyped() {
		AnswerParser.Parsed parsed = parse(Map.of("a.population", "-5", "a.share", "120", "a.since.day", "31",
				"a.since.month", "2", "a.since.year", "2026", "a.story", "x".repeat(10_001), "a.basis", "invented"));
		assertThat(parsed.errors()).containsEntry("population", "form.error.notNegative")
			.containsEntry("share", "form.error.percent")
			.containsEntry("since", "form.error.date")
			.containsEntry("story", "form.error.tooLong")
			.containsEntry("basis", "form.error.choice");
		assertThat(parsed.raw()).containsEntry("population", "-5").containsEntry("since.day", "31");
		assertThat(parsed.answers()).isEmpty();
	}

	@Test
	void datesChoicesAndChecklistItemsAreTyped() {
		MultiValueMap<String, String> params = params(Map.of("a.since.day", "13", "a.since.month", "6", "a.since.year",
				"2022", "a.funding", "yes", "a.funding.note", "Grants end next year"));
		params.addAll("a.themes", List.of("3", "7"));
		AnswerParser.Parsed parsed = AnswerParser.parse(QUESTIONS, params, Map.of("themes", List.of("3", "7", "9")));
		assertThat(parsed.answers().get("since").date()).isEqualTo(LocalDate.of(2022, 6, 13));
		assertThat(parsed.answers().get("themes").text()).isEqualTo("3 7");
		assertThat(parsed.answers().get("funding").flag()).isTrue();
		assertThat(parsed.answers().get("funding").text()).isEqualTo("Grants end next year");
		// an option that is not offered (a tampered form) is refused
		MultiValueMap<String, String> tampered = new LinkedMultiValueMap<>();
		tampered.addAll("a.themes", List.of("3", "999"));
		assertThat(AnswerParser.parse(QUESTIONS, tampered, Map.of("themes", List.of("3"))).errors())
			.containsEntry("themes", "form.error.choice");
	}

	@Test
	void aTableKeepsItsFilledRowsInOrderAndRefusesANumberWithoutAName() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.addAll("a.groups.label", List.of("Moroccan", "", "Recognised refugees", ""));
		params.addAll("a.groups.amount", List.of("1.200", "", "", ""));
		AnswerParser.Parsed parsed = AnswerParser.parse(QUESTIONS, params, Map.of());
		assertThat(parsed.answers().get("groups").rows()).extracting(org.citymentor.form.Answer.Row::label)
			.containsExactly("Moroccan", "Recognised refugees");
		assertThat(parsed.answers().get("groups").rows().get(0).amount()).isEqualByComparingTo("1200");

		MultiValueMap<String, String> nameless = new LinkedMultiValueMap<>();
		nameless.addAll("a.groups.label", List.of("Moroccan", ""));
		nameless.addAll("a.groups.amount", List.of("10", "35"));
		AnswerParser.Parsed refused = AnswerParser.parse(QUESTIONS, nameless, Map.of());
		assertThat(refused.errors()).containsEntry("groups", "form.error.rowLabel");
		assertThat(refused.rawRows().get("groups")).containsExactly(List.of("Moroccan", "10"), List.of("", "35"));
	}

	private static AnswerParser.Parsed parse(Map<String, String> values) {
		return AnswerParser.parse(QUESTIONS, params(values), Map.of());
	}

	private static MultiValueMap<String, String> params(Map<String, String> values) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		values.forEach(params::add);
		return params;
	}

}
