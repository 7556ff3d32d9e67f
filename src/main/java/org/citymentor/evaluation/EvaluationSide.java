package org.citymentor.evaluation;

/** The side an evaluation speaks for; a participant on both sides writes one of each. */
public enum EvaluationSide {

	MENTEE, MENTOR;

	/** The side as it appears in addresses ({@code mentee}, {@code mentor}). */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static java.util.Optional<EvaluationSide> fromPath(String path) {
		for (EvaluationSide side : values()) {
			if (side.path().equals(path)) {
				return java.util.Optional.of(side);
			}
		}
		return java.util.Optional.empty();
	}

}
