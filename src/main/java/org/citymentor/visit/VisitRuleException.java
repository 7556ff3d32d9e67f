package org.citymentor.visit;

/**
 * A visit the group's rules refuse: overlapping another visit, outside the group's
 * period. The field and message key say where and why.
 */
public class VisitRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public VisitRuleException(String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
