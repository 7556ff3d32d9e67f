package org.citymentor.shared.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds human text that a Thymeleaf template shows as written instead of taking it from
 * the message files: literal text in an element, and literal {@code title}, {@code alt},
 * {@code placeholder} and {@code aria-label} attributes.
 * <p>
 * A small tag scanner on purpose, not an HTML5 parser: jsoup (like a browser) rebuilds
 * the tree and moves or drops elements it does not expect, such as a {@code th:block}
 * inside a table or a select, so text would be blamed on the wrong element. Thymeleaf's
 * own parser keeps every element where it is written, and so does this scanner.
 */
final class HardCodedTextScanner {

	// Prototype-only comment blocks, <!--/*/ ... /*/-->: Thymeleaf renders what is
	// inside,
	// so only the markers go.
	private static final Pattern PROTOTYPE_ONLY_COMMENT_MARKERS = Pattern.compile("<!--/\\*/|/\\*/-->");

	// Parser-level comments, removed with all they enclose: <!--/* ... */--> and
	// <!--/*--> ... <!--*/--> (a prototype-only part of the page).
	private static final Pattern PARSER_LEVEL_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

	private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	/** {@code <!DOCTYPE html>} and the like. */
	private static final Pattern DECLARATION = Pattern.compile("<![A-Za-z][^>]*>");

	/** A start or end tag; attribute values may hold {@code >} inside quotes. */
	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)"
			+ "((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

	/**
	 * Inlined expressions ({@code [[...]]}, {@code [(...)]}) and character references.
	 */
	private static final Pattern NOT_LITERAL = Pattern
		.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&[A-Za-z]+;|&#[0-9]+;|&#x[0-9A-Fa-f]+;", Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
			"link", "meta", "param", "source", "track", "wbr");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	/** Attributes that replace the whole body of their element with an expression. */
	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext");

	/**
	 * Fragment inclusion replaces the element's own text, but its descendants may be
	 * passed on as fragments ({@code ~{::main/content()}}), so they are still checked.
	 */
	private static final Set<String> FRAGMENT_HOSTS = Set.of("th:replace", "th:insert", "th:include",
			"th:substituteby");

	private HardCodedTextScanner() {
	}

	/** The template without any of its comments; line breaks are kept. */
	static String withoutComments(String template) {
		String text = PROTOTYPE_ONLY_COMMENT_MARKERS.matcher(template).replaceAll("");
		text = blank(PARSER_LEVEL_COMMENT, text);
		text = blank(HTML_COMMENT, text);
		return blank(DECLARATION, text);
	}

	static List<Finding> scan(String file, String template) {
		String text = withoutComments(template);
		List<Finding> findings = new ArrayList<>();
		Deque<Frame> open = new ArrayDeque<>();
		open.push(new Frame("#document", false, false));
		Matcher tag = TAG.matcher(text);
		int end = 0;
		while (tag.find()) {
			checkText(file, text, end, tag.start(), open.peek(), findings);
			end = tag.end();
			String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
			if (!tag.group(1).isEmpty()) {
				close(open, name);
				continue;
			}
			Map<String, String> attributes = attributes(tag.group(3));
			Frame parent = open.peek();
			String remove = attributes.getOrDefault("th:remove", "none");
			boolean removed = remove.equals("all") || remove.equals("body");
			if (!parent.silenced() && !remove.equals("all")) {
				checkAttributes(file, line(text, tag.start()), name, attributes, findings);
			}
			boolean silenced = parent.silenced() || removed || name.equals("script") || name.equals("style")
					|| attributes.keySet().stream().anyMatch(BODY_REPLACING::contains);
			boolean fragmentHost = attributes.keySet().stream().anyMatch(FRAGMENT_HOSTS::contains);
			if (tag.group(4).isEmpty() && !VOID_ELEMENTS.contains(name)) {
				open.push(new Frame(name, silenced, fragmentHost));
			}
		}
		checkText(file, text, end, text.length(), open.peek(), findings);
		return findings;
	}

	private static void checkText(String file, String text, int from, int to, Frame element, List<Finding> findings) {
		String literal = NOT_LITERAL.matcher(text.substring(from, to)).replaceAll(" ").strip();
		if (element.silenced() || element.fragmentHost() || !LETTER.matcher(literal).find()) {
			return;
		}
		findings.add(new Finding(file, line(text, from + text.substring(from, to).indexOf(literal.charAt(0))),
				"<" + element.name() + ">", literal.replaceAll("\\s+", " ")));
	}

	private static void checkAttributes(String file, int line, String element, Map<String, String> attributes,
			List<Finding> findings) {
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			String name = attribute.getKey();
			boolean shown = TEXT_ATTRIBUTES.contains(name) || (name.equals("value") && element.equals("input")
					&& Set.of("submit", "button", "reset").contains(attributes.getOrDefault("type", "")));
			if (shown && LETTER.matcher(NOT_LITERAL.matcher(attribute.getValue()).replaceAll(" ")).find()
					&& !setByThymeleaf(name, attributes)) {
				findings.add(new Finding(file, line, "<" + element + " " + name + ">", attribute.getValue()));
			}
		}
	}

	/** Whether a th: attribute replaces the literal value, which is then a prototype. */
	private static boolean setByThymeleaf(String name, Map<String, String> attributes) {
		if (attributes.containsKey("th:" + name)
				|| ((name.equals("alt") || name.equals("title")) && attributes.containsKey("th:alt-title"))) {
			return true;
		}
		return Pattern.compile("(^|[\\s,])" + Pattern.quote(name) + "\\s*=")
			.matcher(attributes.getOrDefault("th:attr", ""))
			.find();
	}

	private static Map<String, String> attributes(String source) {
		Map<String, String> attributes = new HashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(source);
		while (attribute.find()) {
			String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
			if (name.startsWith("data-th-")) {
				name = "th:" + name.substring("data-th-".length());
			}
			String value = (attribute.group(2) != null) ? attribute.group(2) : (attribute.group(3) != null)
					? attribute.group(3) : (attribute.group(4) != null) ? attribute.group(4) : "";
			attributes.put(name, value);
		}
		return attributes;
	}

	/** Closes the nearest open element of that name (and any left unclosed inside it). */
	private static void close(Deque<Frame> open, String name) {
		if (open.stream().noneMatch((frame) -> frame.name().equals(name))) {
			return;
		}
		while (!open.pop().name().equals(name)) {
			// elements left unclosed end with their parent
		}
	}

	private static String blank(Pattern pattern, String text) {
		return pattern.matcher(text).replaceAll((match) -> match.group().replaceAll("[^\n]", ""));
	}

	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

	/**
	 * An element on the way down: {@code silenced} when Thymeleaf replaces or removes
	 * what is inside it.
	 */
	private record Frame(String name, boolean silenced, boolean fragmentHost) {
	}

	/** One piece of hard-coded text, with where it is. */
	record Finding(String file, int line, String where, String text) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + " " + this.where + " \"" + this.text + "\"";
		}

	}

}
