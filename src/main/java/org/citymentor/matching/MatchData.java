package org.citymentor.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scoring compares, read from applications, submitted forms and confirmed
 * contexts. Words are kept as lexeme → the word as written, so a matched stem can be
 * shown as a word people recognise.
 */
public final class MatchData {

	private MatchData() {
	}

	/** A city's figures from its latest confirmed local context; null where not given. */
	public record Figures(BigDecimal population, BigDecimal migrants, BigDecimal budget, Boolean competences) {

		public static final Figures NONE = new Figures(null, null, null, null);

	}

	/** A key factor the mentee chose as its focus, with the lexemes of its title. */
	public record Focus(String title, Set<String> lexemes) {
	}

	/**
	 * The mentee side. {@code focus} is null when no module provides focus key factors.
	 */
	public record Mentee(long applicationId, long organisationId, String name, String country, Set<Long> themeIds,
			Set<String> languages, Map<String, String> needsWords, Figures figures, Map<String, String> governanceWords,
			List<Focus> focus) {
	}

	/** A mentor candidate; {@code taken}: mentees already matched to it elsewhere. */
	public record Mentor(long applicationId, long organisationId, String name, String country, Set<Long> themeIds,
			Set<String> languages, Map<String, String> profileWords, Figures figures,
			Map<String, String> governanceWords, Integer capacity, int taken) {
	}

	/** Display names for reasons: themes by id, languages and countries by code. */
	public record Labels(Map<Long, String> themes, Map<String, String> languages, Map<String, String> countries) {

		public static final Labels NONE = new Labels(Map.of(), Map.of(), Map.of());

		String theme(long id) {
			return this.themes.getOrDefault(id, String.valueOf(id));
		}

		String language(String code) {
			return this.languages.getOrDefault(code, code);
		}

		String country(String code) {
			return this.countries.getOrDefault(code, code);
		}

	}

}
