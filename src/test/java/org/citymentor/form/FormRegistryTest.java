package org.citymentor.form;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.citymentor.mentorprofile.MentorProfileQuestions;
import org.citymentor.needs.NeedsAnalysisQuestions;
import org.citymentor.organisation.ContextQuestions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question of every template has its label and its help text, every part its title
 * and introduction, every fixed option its label, in English and in Dutch; keys are
 * unique.
 */
class FormRegistryTest {

	static final List<FormDefinition> TEMPLATES = List.of(NeedsAnalysisQuestions.DEFINITION, ContextQuestions.LOCAL,
			ContextQuestions.NATIONAL, MentorProfileQuestions.DEFINITION);

	@ParameterizedTest
	@ValueSource(strings = { "messages/messages.properties", "messages/messages_nl.properties" })
	void everyQuestionHasItsTextsInEveryLanguage(String file) throws Exception {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		for (FormDefinition template : TEMPLATES) {
			String prefix = template.messagePrefix();
			assertThat(messages.getProperty(prefix + "title")).as(prefix + "title").isNotBlank();
			for (String part : template.parts()) {
				assertThat(messages.getProperty(prefix + "part." + part)).as(prefix + "part." + part).isNotBlank();
				assertThat(messages.getProperty(prefix + "part." + part + ".intro")).as(part + " intro").isNotBlank();
			}
			for (Question q : template.questions()) {
				assertThat(messages.getProperty(prefix + q.key())).as(file + ": " + prefix + q.key()).isNotBlank();
				assertThat(messages.getProperty(prefix + q.key() + ".help")).as(file + ": help of " + prefix + q.key())
					.isNotBlank();
				if (q.type() == QuestionType.TABLE) {
					assertThat(messages.getProperty(prefix + q.key() + ".column.label")).isNotBlank();
					assertThat(messages.getProperty(prefix + q.key() + ".column.amount")).isNotBlank();
				}
				q.options()
					.forEach((option) -> assertThat(messages.getProperty(prefix + q.key() + "." + option))
						.as(prefix + q.key() + "." + option)
						.isNotBlank());
			}
			assertThat(template.keys()).hasSize(template.questions().size());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "NEEDS_ANALYSIS" })
	void theNeedsAnalysisAsksEveryQuestionOfPartA(String kind) {
		// annex 2 part A: eleven questions, the tenth split into drafting and approving
		assertThat(NeedsAnalysisQuestions.DEFINITION.kind().name()).isEqualTo(kind);
		assertThat(NeedsAnalysisQuestions.DEFINITION.part("A")).hasSize(12);
		assertThat(ContextQuestions.LOCAL.part("sensitivities")).hasSize(7)
			.allMatch((q) -> q.type() == QuestionType.CHECK_NOTE);
	}

}
