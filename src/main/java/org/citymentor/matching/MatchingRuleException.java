package org.citymentor.matching;

/** A rule of calls and matching refused the request; the key says why. */
public class MatchingRuleException extends RuntimeException {

	private final String key;

	public MatchingRuleException(String key) {
		super(key, null, false, false);
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}
