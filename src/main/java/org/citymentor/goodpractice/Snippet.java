package org.citymentor.goodpractice;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a sheet around the words that matched a search, as parts that are or are not
 * highlighted. PostgreSQL's {@code ts_headline} marks matches with two private-use
 * characters that people cannot type into a sheet (they are removed on saving); the page
 * writes each part as text, so nothing in a sheet ever becomes markup.
 */
public final class Snippet {

	static final char START = '\uE000';

	static final char STOP = '\uE001';

	private Snippet() {
	}

	/** Splits a headline into parts; a stray marker only switches the highlight. */
	public static List<Part> parse(String headline) {
		List<Part> parts = new ArrayList<>();
		if (headline == null || headline.isEmpty()) {
			return parts;
		}
		StringBuilder text = new StringBuilder();
		boolean highlighted = false;
		for (int i = 0; i < headline.length(); i++) {
			char c = headline.charAt(i);
			if (c == START || c == STOP) {
				add(parts, text, highlighted);
				highlighted = (c == START);
			}
			else {
				text.append(c);
			}
		}
		add(parts, text, highlighted);
		return parts;
	}

	/** Text without the two marker characters. */
	static String withoutMarkers(String value) {
		return (value == null) ? null : value.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
	}

	private static void add(List<Part> parts, StringBuilder text, boolean highlighted) {
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), highlighted));
			text.setLength(0);
		}
	}

	/** Some text of a snippet, highlighted when it matched the search. */
	public record Part(String text, boolean highlighted) {
	}

}
