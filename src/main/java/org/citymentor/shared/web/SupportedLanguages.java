package org.citymentor.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages every page, e-mail and form label exists in. */
public final class SupportedLanguages {

	public static final List<String> CODES = List.of("en", "nl");

	public static final String DEFAULT = "en";

	private SupportedLanguages() {
	}

	public static boolean isSupported(String code) {
		return code != null && CODES.contains(code);
	}

	public static Locale localeOf(String code) {
		return Locale.forLanguageTag(isSupported(code) ? code : DEFAULT);
	}

}
