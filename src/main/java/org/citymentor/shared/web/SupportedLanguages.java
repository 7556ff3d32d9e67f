package org.citymentor.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** The languages every page, e-mail and form label exists in. */
public final class SupportedLanguages {

	/** The codes as a regular expression, for {@code @Pattern} on form fields. */
	public static final String PATTERN = "en|nl|fr|it";

	public static final List<String> CODES = List.of(PATTERN.split("\\|"));

	public static final String DEFAULT = "en";

	private SupportedLanguages() {
	}

	public static boolean isSupported(String code) {
		return code != null && CODES.contains(code);
	}

	public static Locale localeOf(String code) {
		return Locale.forLanguageTag(isSupported(code) ? code : DEFAULT);
	}

	/**
	 * The language of the current request's page, for recording what language a text is
	 * written in; null outside a request (demo data, jobs), where nobody chose one.
	 */
	public static String current() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null && isSupported(locale.getLanguage())) ? locale.getLanguage() : null;
	}

}
