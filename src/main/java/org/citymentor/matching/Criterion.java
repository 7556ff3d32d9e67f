package org.citymentor.matching;

/**
 * The criteria of a suggestion, in the order the page shows them, with their default
 * weights (they add up to 100).
 */
public enum Criterion {

	NEEDS(35), FOCUS(10), PROFILE(20), GOVERNANCE(15), LANGUAGE(10), CAPACITY(10);

	private final int defaultWeight;

	Criterion(int defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	public int defaultWeight() {
		return this.defaultWeight;
	}

}
