package org.citymentor.shared.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries (ISO 3166 codes) and languages (ISO 639-1) with names in the page's language.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/**
	 * Languages of the associations and cities the product serves first; more can be
	 * added.
	 */
	public static final List<String> LANGUAGES = List.of("bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu",
			"fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "tr",
			"uk", "ru");

	private Countries() {
	}

	public static boolean isCountry(String code) {
		return code != null && CODES.contains(code);
	}

	public static boolean isLanguage(String code) {
		return LANGUAGES.contains(code);
	}

	public static String countryName(String code, Locale locale) {
		return (code == null) ? "" : new Locale("", code).getDisplayCountry(locale);
	}

	public static String languageName(String code, Locale locale) {
		return new Locale(code).getDisplayLanguage(locale);
	}

	public static List<Option> countryOptions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Option(code, countryName(code, locale)))
			.sorted(Comparator.comparing(Option::label, collator))
			.toList();
	}

	public static List<Option> languageOptions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return LANGUAGES.stream()
			.map((code) -> new Option(code, languageName(code, locale)))
			.sorted(Comparator.comparing(Option::label, collator))
			.toList();
	}

}
