package org.citymentor.matching;

import java.util.List;

/** A mentor candidate for a mentee with its score and, per criterion, why. */
public record Suggestion(MatchData.Mentor mentor, int score, List<CriterionScore> criteria) {

	/**
	 * Points out of the criterion's maximum; {@code noData} when nothing could be
	 * compared (then 0 points).
	 */
	public record CriterionScore(Criterion criterion, int points, int max, boolean noData, List<Reason> reasons) {
	}

	/** One line of explanation: a {@code matching.reason.} message and its arguments. */
	public record Reason(String key, List<Object> args) {

		public Reason(String key, Object... args) {
			this(key, List.of(args));
		}

		public Object[] arguments() {
			return this.args.toArray();
		}

	}

}
