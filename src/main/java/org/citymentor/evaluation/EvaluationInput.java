package org.citymentor.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a side types in its evaluation. Texts are trimmed, blanks are null; scales are 1–5
 * or null while not given.
 */
public record EvaluationInput(String policyChanges, String helped, String hindered, String mentorRole,
		String otherActions, String learned, String changedItself, BigDecimal timeAmount, Evaluation.TimeUnit timeUnit,
		String mentorAgain, Map<Scale, Integer> scores, String comments, List<UUID> implementedActions) {

	public static final EvaluationInput EMPTY = new EvaluationInput(null, null, null, null, null, null, null, null,
			null, null, Map.of(), null, List.of());

	public EvaluationInput {
		scores = Map.copyOf(scores);
		implementedActions = List.copyOf(implementedActions);
	}

	public Integer score(Scale scale) {
		return this.scores.get(scale);
	}

	public Double average() {
		return this.scores.values()
			.stream()
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.average()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
	}

	/** The 1–5 scales both sides answer; each level has its own label. */
	public enum Scale {

		USEFULNESS("score_usefulness"), RELATION("score_relation"), POLICY("score_policy"), PRACTICE("score_practice");

		private final String column;

		Scale(String column) {
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

}
