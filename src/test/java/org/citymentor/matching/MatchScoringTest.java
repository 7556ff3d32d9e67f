package org.citymentor.matching;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.matching.MatchData.Figures;
import org.citymentor.matching.MatchData.Focus;
import org.citymentor.matching.MatchData.Labels;
import org.citymentor.matching.MatchData.Mentee;
import org.citymentor.matching.MatchData.Mentor;
import org.citymentor.matching.Suggestion.CriterionScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each criterion with hand-checked cases, "no data" included, with the default weights
 * (needs 35, focus 10, profile 20, governance 15, language 10, capacity 10).
 */
class MatchScoringTest {

	static final Labels LABELS = new Labels(Map.of(1L, "Social cohesion", 2L, "Participation", 3L, "Housing"),
			Map.of("en", "English", "it", "Italian", "nl", "Dutch"), Map.of("IT", "Italy", "BE", "Belgium"));

	final MatchScoring scoring = new MatchScoring(Weights.defaults(), LABELS);

	static Mentee mentee(Set<Long> themes, Map<String, String> words, Figures figures, List<Focus> focus) {
		return new Mentee(1, 10, "Capaci", "IT", themes, Set.of("it", "en"), words, figures, Map.of(), focus);
	}

	static Mentor mentor(String name, long orgId, Set<Long> themes, Map<String, String> words, Figures figures,
			Integer capacity, int taken) {
		return new Mentor(orgId, orgId, name, "BE", themes, Set.of("nl", "en"), words, figures, Map.of(), capacity,
				taken);
	}

	static Figures figures(long population, Long migrants, Long budget) {
		return new Figures(BigDecimal.valueOf(population), (migrants != null) ? BigDecimal.valueOf(migrants) : null,
				(budget != null) ? BigDecimal.valueOf(budget) : null, null);
	}

	@Test
	void needsGiveSeventyPercentForThemesAndThirtyForWords() {
		// 1 of 2 themes → 0.7 × 0.5 = 0.35; 2 of 5 words → 0.3 × 0.4 = 0.12; 0.47 × 35 =
		// 16.45
		CriterionScore score = this.scoring.needs(
				mentee(Set.of(1L, 2L), Map.of("resid", "residents", "newcom", "newcomers", "town", "town"),
						Figures.NONE, null),
				mentor("Mechelen", 20, Set.of(1L, 3L), Map.of("resid", "resident", "newcom", "newcomer"), Figures.NONE,
						1, 0));
		assertThat(score.points()).isEqualTo(16);
		assertThat(score.max()).isEqualTo(35);
		assertThat(score.noData()).isFalse();
		assertThat(score.reasons().get(0).key()).isEqualTo("matching.reason.themes");
		assertThat(score.reasons().get(0).args()).containsExactly(1, 2, "Social cohesion");
		assertThat(score.reasons().get(1).args()).containsExactly("newcomers, residents");
	}

	@Test
	void needsWithoutThemesOrTextsSayNoData() {
		CriterionScore score = this.scoring.needs(mentee(Set.of(), Map.of(), Figures.NONE, null),
				mentor("Mechelen", 20, Set.of(1L), Map.of("a", "a"), Figures.NONE, 1, 0));
		assertThat(score.noData()).isTrue();
		assertThat(score.points()).isZero();
		assertThat(score.reasons()).extracting(Suggestion.Reason::key)
			.containsExactly("matching.reason.themes.noData", "matching.reason.words.noData");
	}

	@Test
	void focusCountsTheKeyFactorsTheProfileSpeaksOf() {
		List<Focus> focus = List.of(new Focus("Involve residents", Set.of("involv", "resid")),
				new Focus("Shared vision", Set.of("share", "vision")));
		CriterionScore score = this.scoring.focus(mentee(Set.of(1L), Map.of(), Figures.NONE, focus),
				mentor("Mechelen", 20, Set.of(1L), Map.of("resid", "residents"), Figures.NONE, 1, 0));
		assertThat(score.points()).isEqualTo(5);
		assertThat(score.reasons().get(0).args()).containsExactly(1, 2, "Involve residents");
	}

	@Test
	void focusWithoutAProviderSaysNoData() {
		CriterionScore score = this.scoring.focus(mentee(Set.of(1L), Map.of(), Figures.NONE, null),
				mentor("Mechelen", 20, Set.of(1L), Map.of("resid", "residents"), Figures.NONE, 1, 0));
		assertThat(score.noData()).isTrue();
		assertThat(score.points()).isZero();
		assertThat(score.reasons().get(0).key()).isEqualTo("matching.reason.focus.noData");
	}

	@Test
	void profileAveragesTheRatiosThatHaveData() {
		// population 5,900 vs 86,000 → 0.0686; share 10% vs 10% → 1; no budget: (0.0686 +
		// 1) / 2 × 20 = 10.7
		CriterionScore score = this.scoring.profile(figures(5900, 590L, null), figures(86000, 8600L, null));
		assertThat(score.points()).isEqualTo(11);
		assertThat(score.reasons().get(0).key()).isEqualTo("matching.reason.population");
		assertThat(score.reasons().get(0).args()).containsExactly(BigDecimal.valueOf(5900), BigDecimal.valueOf(86000));
		assertThat(score.reasons().get(2).key()).isEqualTo("matching.reason.budget.noData");
	}

	@Test
	void profileWithoutFiguresSaysNoData() {
		CriterionScore score = this.scoring.profile(Figures.NONE, figures(86000, null, null));
		assertThat(score.noData()).isTrue();
		assertThat(score.points()).isZero();
	}

	@Test
	void governanceComparesCountryAndWhatTheAssociationsSay() {
		Mentee mentee = new Mentee(1, 10, "Capaci", "IT", Set.of(), Set.of(), Map.of(), Figures.NONE,
				Map.of("nation", "national", "consult", "consultations"), null);
		Mentor mentor = new Mentor(2, 20, "Mechelen", "BE", Set.of(), Set.of(), Map.of(), Figures.NONE,
				Map.of("nation", "national"), 1, 0);
		// country 0, words 1 of 3 → (0 + 0.333) / 2 × 15 = 2.5 → 3
		CriterionScore score = this.scoring.governance(mentee, mentor);
		assertThat(score.points()).isEqualTo(3);
		assertThat(score.reasons().get(0).args()).containsExactly("Italy", "Belgium");
		assertThat(score.reasons().get(1).args()).containsExactly("national");
		assertThat(score.reasons().get(2).key()).isEqualTo("matching.reason.competences.noData");
	}

	@Test
	void languageInCommonGivesAllOrNothing() {
		Mentee mentee = mentee(Set.of(), Map.of(), Figures.NONE, null);
		assertThat(
				this.scoring.language(mentee, mentor("Mechelen", 20, Set.of(), Map.of(), Figures.NONE, 1, 0)).points())
			.isEqualTo(10);
		Mentor dutchOnly = new Mentor(3, 30, "Ostend", "BE", Set.of(), Set.of("nl"), Map.of(), Figures.NONE, Map.of(),
				1, 0);
		CriterionScore none = this.scoring.language(mentee, dutchOnly);
		assertThat(none.points()).isZero();
		assertThat(none.noData()).isFalse();
		assertThat(none.reasons().get(0).args()).containsExactly("English, Italian", "Dutch");
		Mentor noLanguages = new Mentor(4, 40, "X", "BE", Set.of(), Set.of(), Map.of(), Figures.NONE, Map.of(), 1, 0);
		assertThat(this.scoring.language(mentee, noLanguages).noData()).isTrue();
	}

	@Test
	void capacityGivesTheShareOfPlacesLeft() {
		assertThat(this.scoring.capacity(mentor("A", 1, Set.of(), Map.of(), Figures.NONE, 4, 1)).points()).isEqualTo(8);
		assertThat(this.scoring.capacity(mentor("A", 1, Set.of(), Map.of(), Figures.NONE, 2, 3)).points()).isZero();
		assertThat(this.scoring.capacity(mentor("A", 1, Set.of(), Map.of(), Figures.NONE, null, 0)).noData()).isTrue();
	}

	@Test
	void rankingIsStableOnTiesByNameThenId() {
		Mentee mentee = mentee(Set.of(1L), Map.of(), Figures.NONE, null);
		List<Suggestion> ranked = this.scoring.rank(mentee,
				List.of(mentor("Ghent", 7, Set.of(1L), Map.of(), Figures.NONE, 1, 0),
						mentor("antwerp", 9, Set.of(1L), Map.of(), Figures.NONE, 1, 0),
						mentor("Antwerp", 8, Set.of(1L), Map.of(), Figures.NONE, 1, 0),
						mentor("Zele", 6, Set.of(1L, 2L), Map.of(), Figures.NONE, 2, 1)));
		assertThat(ranked).extracting((s) -> s.mentor().organisationId()).containsExactly(8L, 9L, 7L, 6L);
		assertThat(ranked.get(3).score()).isEqualTo(ranked.get(0).score() - 5);
		assertThat(ranked.get(0).score())
			.isEqualTo(ranked.get(0).criteria().stream().mapToInt(CriterionScore::points).sum());
	}

	@Test
	void weightsThatDoNotAddUpTo100AreScaled() {
		Map<Criterion, Integer> values = new EnumMap<>(Criterion.class);
		values.put(Criterion.NEEDS, 1);
		values.put(Criterion.FOCUS, 1);
		values.put(Criterion.PROFILE, 1);
		values.put(Criterion.GOVERNANCE, 0);
		values.put(Criterion.LANGUAGE, 0);
		values.put(Criterion.CAPACITY, 0);
		Weights weights = new Weights(values);
		assertThat(weights.normalised()).isTrue();
		// 33.3 each, the one point left goes to the first criterion
		assertThat(weights.maxima()).containsEntry(Criterion.NEEDS, 34)
			.containsEntry(Criterion.FOCUS, 33)
			.containsEntry(Criterion.PROFILE, 33)
			.containsEntry(Criterion.CAPACITY, 0);
		assertThat(Weights.defaults().normalised()).isFalse();
		assertThat(Weights.defaults().maxima()).containsEntry(Criterion.NEEDS, 35);
		MatchScoring scaled = new MatchScoring(weights, LABELS);
		assertThat(scaled.capacity(mentor("A", 1, Set.of(), Map.of(), Figures.NONE, 1, 0)).max()).isZero();
	}

}
