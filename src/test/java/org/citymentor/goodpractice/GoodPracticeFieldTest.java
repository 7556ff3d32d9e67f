package org.citymentor.goodpractice;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field list of annex 4 is the one place that names every field: each has a label and
 * a help text in English and in Dutch, and a heading to go under.
 */
class GoodPracticeFieldTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_nl.properties" })
	void everyFieldHasALabelAndAHelpTextInEachLanguage(String file) throws IOException {
		Properties messages = load(file);
		for (GoodPracticeField field : GoodPracticeField.values()) {
			assertThat(messages.getProperty(field.labelKey())).as("label of %s in %s", field, file).isNotBlank();
			assertThat(messages.getProperty(field.helpKey())).as("help of %s in %s", field, file).isNotBlank();
		}
		for (GoodPracticeField.Section section : GoodPracticeField.Section.values()) {
			assertThat(messages.getProperty(section.headingKey())).as("heading of %s in %s", section, file)
				.isNotBlank();
			assertThat(section.fields()).as("fields under %s", section).isNotEmpty();
		}
	}

	@Test
	void everyHeadingOfTheGuidesSheetIsThere() {
		assertThat(Arrays.stream(GoodPracticeField.Section.values()).map(Enum::name)).containsExactly("ABOUT",
				"CONTEXT", "DESCRIPTION", "RESOURCES", "RESULTS", "SUCCESS_FACTORS", "RISKS", "TRANSFERABILITY",
				"CONTACT", "MORE_INFORMATION");
		assertThat(GoodPracticeField.LEAD_ORGANISATIONS.property()).isEqualTo("leadOrganisations");
		assertThat(GoodPracticeField.DOS_AND_DONTS.property()).isEqualTo("dosAndDonts");
		assertThat(GoodPracticeField.CONTEXT.maxLength()).isEqualTo(10_000);
		assertThat(GoodPracticeField.textFields()).doesNotContain(GoodPracticeField.START_DATE, GoodPracticeField.LINKS,
				GoodPracticeField.THEMES, GoodPracticeField.LANGUAGES);
	}

	@Test
	void snippetsNeverTurnTextIntoMarkup() {
		List<Snippet.Part> parts = Snippet
			.parse("a <b>" + Snippet.START + "café" + Snippet.STOP + " & " + Snippet.STOP + "x");
		assertThat(parts).containsExactly(new Snippet.Part("a <b>", false), new Snippet.Part("café", true),
				new Snippet.Part(" & ", false), new Snippet.Part("x", false));
		assertThat(Snippet.withoutMarkers("a" + Snippet.START + "b" + Snippet.STOP)).isEqualTo("ab");
	}

	@Test
	void fileNamesLoseFoldersAndControlCharacters() {
		assertThat(GoodPracticeFiles.safeName("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
		assertThat(GoodPracticeFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(GoodPracticeFiles.safeName("a\r\nb\".pdf")).isEqualTo("ab.pdf");
		assertThat(GoodPracticeFiles.safeName("")).isEqualTo("file");
		assertThat(GoodPracticeFiles.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", file),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
