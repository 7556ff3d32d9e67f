package org.citymentor.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.citymentor.matching.MatchData.Figures;
import org.citymentor.matching.MatchData.Labels;
import org.citymentor.matching.MatchData.Mentee;
import org.citymentor.matching.MatchData.Mentor;
import org.citymentor.matching.Suggestion.CriterionScore;
import org.citymentor.matching.Suggestion.Reason;

/**
 * The score of a mentor for a mentee: each criterion gives a share (0–1) of its maximum
 * points, or "no data" (0 points) when nothing could be compared; never a guess. Pure
 * logic, no database.
 */
public final class MatchScoring {

	/** Words in common at which the text part of a criterion gives its full share. */
	static final int WORDS_FOR_FULL = 5;

	static final int GOVERNANCE_WORDS_FOR_FULL = 3;

	private static final int WORDS_SHOWN = 8;

	private final Map<Criterion, Integer> maxima;

	private final Labels labels;

	public MatchScoring(Weights weights, Labels labels) {
		this.maxima = weights.maxima();
		this.labels = labels;
	}

	/** The candidates ranked: score, then organisation name, then ids (stable). */
	public List<Suggestion> rank(Mentee mentee, List<Mentor> mentors) {
		return mentors.stream()
			.map((mentor) -> score(mentee, mentor))
			.sorted(Comparator.comparingInt((Suggestion s) -> -s.score())
				.thenComparing((s) -> s.mentor().name(), String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong((s) -> s.mentor().organisationId())
				.thenComparingLong((s) -> s.mentor().applicationId()))
			.toList();
	}

	public Suggestion score(Mentee mentee, Mentor mentor) {
		List<CriterionScore> criteria = List.of(needs(mentee, mentor), focus(mentee, mentor),
				profile(mentee.figures(), mentor.figures()), governance(mentee, mentor), language(mentee, mentor),
				capacity(mentor));
		return new Suggestion(mentor, criteria.stream().mapToInt(CriterionScore::points).sum(), criteria);
	}

	CriterionScore needs(Mentee mentee, Mentor mentor) {
		List<Reason> reasons = new ArrayList<>();
		Double themes = null;
		if (mentee.themeIds().isEmpty() || mentor.themeIds().isEmpty()) {
			reasons.add(new Reason("matching.reason.themes.noData"));
		}
		else {
			Set<Long> common = new TreeSet<>(mentee.themeIds());
			common.retainAll(mentor.themeIds());
			themes = (double) common.size() / mentee.themeIds().size();
			reasons.add(common.isEmpty() ? new Reason("matching.reason.themes.none")
					: new Reason("matching.reason.themes", common.size(), mentee.themeIds().size(),
							common.stream().map(this.labels::theme).sorted().collect(Collectors.joining(", "))));
		}
		Double words = null;
		if (mentee.needsWords().isEmpty() || mentor.profileWords().isEmpty()) {
			reasons.add(new Reason("matching.reason.words.noData"));
		}
		else {
			List<String> common = common(mentee.needsWords(), mentor.profileWords());
			words = Math.min(1.0, (double) common.size() / WORDS_FOR_FULL);
			reasons.add(common.isEmpty() ? new Reason("matching.reason.words.none")
					: new Reason("matching.reason.words", shown(common)));
		}
		if (themes == null && words == null) {
			return noData(Criterion.NEEDS, reasons);
		}
		double share = 0.7 * ((themes != null) ? themes : 0) + 0.3 * ((words != null) ? words : 0);
		return scored(Criterion.NEEDS, share, reasons);
	}

	CriterionScore focus(Mentee mentee, Mentor mentor) {
		if (mentee.focus() == null || mentee.focus().isEmpty()) {
			return noData(Criterion.FOCUS, List.of(new Reason("matching.reason.focus.noData")));
		}
		if (mentor.profileWords().isEmpty()) {
			return noData(Criterion.FOCUS, List.of(new Reason("matching.reason.focus.noProfile")));
		}
		List<String> matched = mentee.focus()
			.stream()
			.filter((f) -> f.lexemes().stream().anyMatch(mentor.profileWords()::containsKey))
			.map(MatchData.Focus::title)
			.toList();
		double share = (double) matched.size() / mentee.focus().size();
		Reason reason = matched.isEmpty() ? new Reason("matching.reason.focus.none", mentee.focus().size())
				: new Reason("matching.reason.focus", matched.size(), mentee.focus().size(),
						String.join("; ", matched));
		return scored(Criterion.FOCUS, share, List.of(reason));
	}

	CriterionScore profile(Figures mentee, Figures mentor) {
		List<Reason> reasons = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		if (positive(mentee.population()) && positive(mentor.population())) {
			ratios.add(ratio(mentee.population(), mentor.population()));
			reasons.add(new Reason("matching.reason.population", mentee.population(), mentor.population()));
		}
		else {
			reasons.add(new Reason("matching.reason.population.noData"));
		}
		if (positive(mentee.population()) && positive(mentor.population()) && mentee.migrants() != null
				&& mentor.migrants() != null) {
			BigDecimal a = percent(mentee.migrants(), mentee.population());
			BigDecimal b = percent(mentor.migrants(), mentor.population());
			ratios.add(ratio(a, b));
			reasons.add(new Reason("matching.reason.migrants", a, b));
		}
		else {
			reasons.add(new Reason("matching.reason.migrants.noData"));
		}
		if (positive(mentee.population()) && positive(mentor.population()) && positive(mentee.budget())
				&& positive(mentor.budget())) {
			BigDecimal a = mentee.budget().divide(mentee.population(), 0, java.math.RoundingMode.HALF_UP);
			BigDecimal b = mentor.budget().divide(mentor.population(), 0, java.math.RoundingMode.HALF_UP);
			ratios.add(ratio(a, b));
			reasons.add(new Reason("matching.reason.budget", a, b));
		}
		else {
			reasons.add(new Reason("matching.reason.budget.noData"));
		}
		if (ratios.isEmpty()) {
			return noData(Criterion.PROFILE, reasons);
		}
		return scored(Criterion.PROFILE, ratios.stream().mapToDouble(Double::doubleValue).average().orElse(0), reasons);
	}

	CriterionScore governance(Mentee mentee, Mentor mentor) {
		List<Reason> reasons = new ArrayList<>();
		List<Double> parts = new ArrayList<>();
		if (mentee.country() != null && mentor.country() != null) {
			boolean same = mentee.country().equals(mentor.country());
			parts.add(same ? 1.0 : 0.0);
			reasons.add(same ? new Reason("matching.reason.country.same", this.labels.country(mentee.country()))
					: new Reason("matching.reason.country.different", this.labels.country(mentee.country()),
							this.labels.country(mentor.country())));
		}
		if (mentee.governanceWords().isEmpty() || mentor.governanceWords().isEmpty()) {
			reasons.add(new Reason("matching.reason.partC.noData"));
		}
		else {
			List<String> common = common(mentee.governanceWords(), mentor.governanceWords());
			parts.add(Math.min(1.0, (double) common.size() / GOVERNANCE_WORDS_FOR_FULL));
			reasons.add(common.isEmpty() ? new Reason("matching.reason.partC.none")
					: new Reason("matching.reason.partC", shown(common)));
		}
		Boolean a = mentee.figures().competences();
		Boolean b = mentor.figures().competences();
		if (a == null || b == null) {
			reasons.add(new Reason("matching.reason.competences.noData"));
		}
		else {
			parts.add(a.equals(b) ? 1.0 : 0.0);
			reasons.add(new Reason(
					a.equals(b) ? "matching.reason.competences.same" : "matching.reason.competences.different"));
		}
		if (parts.isEmpty()) {
			return noData(Criterion.GOVERNANCE, reasons);
		}
		return scored(Criterion.GOVERNANCE, parts.stream().mapToDouble(Double::doubleValue).average().orElse(0),
				reasons);
	}

	CriterionScore language(Mentee mentee, Mentor mentor) {
		if (mentee.languages().isEmpty() || mentor.languages().isEmpty()) {
			return noData(Criterion.LANGUAGE, List.of(new Reason("matching.reason.language.noData")));
		}
		Set<String> common = new TreeSet<>(mentee.languages());
		common.retainAll(mentor.languages());
		if (common.isEmpty()) {
			return scored(Criterion.LANGUAGE, 0, List
				.of(new Reason("matching.reason.language.none", names(mentee.languages()), names(mentor.languages()))));
		}
		return scored(Criterion.LANGUAGE, 1, List.of(new Reason("matching.reason.language", names(common))));
	}

	CriterionScore capacity(Mentor mentor) {
		if (mentor.capacity() == null || mentor.capacity() <= 0) {
			return noData(Criterion.CAPACITY, List.of(new Reason("matching.reason.capacity.noData")));
		}
		int remaining = Math.max(0, mentor.capacity() - mentor.taken());
		return scored(Criterion.CAPACITY, (double) remaining / mentor.capacity(),
				List.of((remaining == 0) ? new Reason("matching.reason.capacity.full", mentor.capacity())
						: new Reason("matching.reason.capacity", remaining, mentor.capacity())));
	}

	private CriterionScore scored(Criterion criterion, double share, List<Reason> reasons) {
		int max = this.maxima.get(criterion);
		int points = (int) Math.round(Math.max(0, Math.min(1, share)) * max);
		return new CriterionScore(criterion, points, max, false, List.copyOf(reasons));
	}

	private CriterionScore noData(Criterion criterion, List<Reason> reasons) {
		return new CriterionScore(criterion, 0, this.maxima.get(criterion), true, List.copyOf(reasons));
	}

	/** The words of the first text whose lexeme the second has, as written, sorted. */
	private static List<String> common(Map<String, String> first, Map<String, String> second) {
		return first.entrySet()
			.stream()
			.filter((e) -> second.containsKey(e.getKey()))
			.map(Map.Entry::getValue)
			.map((word) -> word.toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.sorted()
			.toList();
	}

	private static String shown(List<String> words) {
		return String.join(", ", words.subList(0, Math.min(WORDS_SHOWN, words.size())))
				+ ((words.size() > WORDS_SHOWN) ? ", …" : "");
	}

	private String names(Set<String> codes) {
		return codes.stream().map(this.labels::language).sorted().collect(Collectors.joining(", "));
	}

	private static boolean positive(BigDecimal value) {
		return value != null && value.signum() > 0;
	}

	/** The smaller over the larger: 1 when equal, towards 0 as they differ. */
	static double ratio(BigDecimal a, BigDecimal b) {
		if (a.signum() == 0 && b.signum() == 0) {
			return 1;
		}
		BigDecimal min = a.min(b);
		BigDecimal max = a.max(b);
		return (max.signum() == 0) ? 0 : min.divide(max, MathContext.DECIMAL64).doubleValue();
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP);
	}

}
