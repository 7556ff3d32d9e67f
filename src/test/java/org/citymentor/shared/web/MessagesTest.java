package org.citymentor.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in every language, and templates take their text from the message
 * files (architecture.md, habit 7). A new {@code messages_xx.properties} is checked
 * without changing this test.
 */
class MessagesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** {@code #{key}} or {@code #{key(args)}}; keys built at run time do not match. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_][A-Za-z0-9_.\\-]*)\\s*[}(]");

	/** {@code message = "{key}"} in a Bean Validation annotation. */
	private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");

	/** A string literal shaped like a dotted message key. */
	private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

	@Test
	void everyLanguageHasExactlyTheKeysOfTheBaseFile() {
		Set<String> base = load(MESSAGES.resolve("messages.properties")).keySet();
		Map<Path, List<String>> problems = new TreeMap<>();
		for (Path translation : translations()) {
			Set<String> keys = load(translation).keySet();
			List<String> problemsHere = new ArrayList<>();
			difference(base, keys).forEach((key) -> problemsHere.add("missing " + key));
			difference(keys, base).forEach((key) -> problemsHere.add("not in messages.properties: " + key));
			if (!problemsHere.isEmpty()) {
				problems.put(translation, problemsHere);
			}
		}
		assertThat(translations()).as("translations next to messages.properties").isNotEmpty();
		assertThat(problems).as("keys that differ from messages.properties").isEmpty();
	}

	/**
	 * Every language a person can choose (English, Dutch, French, Italian) has its file,
	 * so the check above covers all four: a key missing in any of them fails the build.
	 */
	@Test
	void everySupportedLanguageHasAMessageFile() {
		List<String> files = translations().stream().map((file) -> file.getFileName().toString()).toList();
		List<String> expected = SupportedLanguages.CODES.stream()
			.filter((code) -> !code.equals(SupportedLanguages.DEFAULT))
			.map((code) -> "messages_" + code + ".properties")
			.toList();
		assertThat(expected).containsExactly("messages_nl.properties", "messages_fr.properties",
				"messages_it.properties");
		assertThat(files).containsAll(expected);
	}

	@Test
	void noMessageIsEmpty() {
		List<String> empty = new ArrayList<>();
		for (Path file : allMessageFiles()) {
			load(file).forEach((key, value) -> {
				if (value.isBlank()) {
					empty.add(file.getFileName() + ": " + key);
				}
			});
		}
		assertThat(empty).as("messages without text").isEmpty();
	}

	/**
	 * A message with arguments goes through MessageFormat, where a single {@code '}
	 * starts a quoted part and hides the text after it ("Programma's {0}"); it must be
	 * written {@code ''}.
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() {
		List<String> broken = new ArrayList<>();
		for (Path file : allMessageFiles()) {
			load(file).forEach((key, value) -> {
				if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
					broken.add(file.getFileName() + ": " + key + "=" + value);
				}
			});
		}
		assertThat(broken).as("messages with arguments and a single apostrophe").isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() {
		Set<String> base = load(MESSAGES.resolve("messages.properties")).keySet();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = TEMPLATE_KEY.matcher(HardCodedTextScanner.withoutComments(read(template)));
			while (key.find()) {
				if (!base.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": #{" + key.group(1) + "}");
				}
			}
		}
		assertThat(templates()).as("templates").isNotEmpty();
		assertThat(missing).as("message keys used in templates but not in messages.properties").isEmpty();
	}

	/**
	 * Keys in Java: validation messages, and literals such as flash notices and field
	 * errors whose first part names a group of keys ({@code "notice.accountSaved"}).
	 */
	@Test
	void everyKeyUsedInJavaExists() {
		Set<String> base = load(MESSAGES.resolve("messages.properties")).keySet();
		Set<String> groups = base.stream().map((key) -> key.split("\\.")[0]).collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (Path source : files(JAVA, ".java")) {
			String code = read(source);
			Matcher validation = VALIDATION_KEY.matcher(code);
			while (validation.find()) {
				if (!base.contains(validation.group(1))) {
					missing.add(JAVA.relativize(source) + ": {" + validation.group(1) + "}");
				}
			}
			Matcher literal = DOTTED_LITERAL.matcher(code);
			while (literal.find()) {
				String key = literal.group(1);
				if (groups.contains(key.split("\\.")[0]) && !base.contains(key)) {
					missing.add(JAVA.relativize(source) + ": \"" + key + "\"");
				}
			}
		}
		assertThat(missing).as("message keys used in Java but not in messages.properties").isEmpty();
	}

	/**
	 * No literal text in an element unless a {@code th:text} or {@code th:utext} on the
	 * same element replaces it (then it is only a prototype placeholder), and no literal
	 * {@code title}, {@code alt}, {@code placeholder} or {@code aria-label}.
	 */
	@Test
	void templatesHaveNoHardCodedText() {
		List<HardCodedTextScanner.Finding> findings = new ArrayList<>();
		for (Path template : templates()) {
			findings.addAll(HardCodedTextScanner.scan(TEMPLATES.relativize(template).toString(), read(template)));
		}
		assertThat(findings).as("hard-coded text in templates (use th:text=\"#{key}\" or a th: attribute)").isEmpty();
	}

	/**
	 * The check above would pass on nothing at all; this proves it finds what it should.
	 */
	@Test
	void theHardCodedTextCheckFindsWhatItShould() {
		String template = """
				<!DOCTYPE html>
				<html th:replace="~{layout :: layout(~{::title}, ~{::main/content()})}">
				<head><title th:replace="${title}">Prototype title</title></head>
				<main>
				  <!--/* Developer note with words */-->
				  <!-- an HTML comment with words -->
				  <!--/*--><p>Prototype only, removed by Thymeleaf</p><!--*/-->
				  <h1 th:text="#{page.title}">Placeholder heading</h1>
				  <p th:text="#{a}">Placeholder with <strong>markup</strong></p>
				  <table><th:block th:each="row : ${rows}"><tr><td th:text="${row}">x</td></tr></th:block></table>
				  <p th:if="${x > 1}">Hello there</p>
				  <label>Name <input type="text" placeholder="Your name"></label>
				  <img src="a.png" alt="A picture" th:alt="#{picture}">
				  <nav th:aria-label="#{menu}" aria-label="Menu"></nav>
				  <a title="Opens in a new tab" href="#">[[#{link}]]</a>
				  <input type="submit" value="Send">
				  <span>&nbsp;&ndash; 12 | 34</span>
				  <p th:remove="all">Removed in rendering</p>
				</main>
				</html>
				""";
		assertThat(HardCodedTextScanner.scan("sample.html", template)).map(Object::toString)
			.containsExactly("sample.html:11 <p> \"Hello there\"", "sample.html:12 <label> \"Name\"",
					"sample.html:12 <input placeholder> \"Your name\"",
					"sample.html:15 <a title> \"Opens in a new tab\"", "sample.html:16 <input value> \"Send\"");
	}

	private static List<Path> translations() {
		return allMessageFiles().stream()
			.filter((file) -> file.getFileName().toString().startsWith("messages_"))
			.toList();
	}

	private static List<Path> allMessageFiles() {
		return files(MESSAGES, ".properties").stream()
			.filter((file) -> file.getFileName().toString().matches("messages(_[A-Za-z_]+)?\\.properties"))
			.toList();
	}

	private static List<Path> templates() {
		return files(TEMPLATES, ".html");
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Message files are UTF-8 (Spring Boot's default {@code spring.messages.encoding}).
	 */
	private static Map<String, String> load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.forEach((key, value) -> messages.put((String) key, (String) value));
		return messages;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
