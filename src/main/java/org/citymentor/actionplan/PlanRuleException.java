package org.citymentor.actionplan;

/** A change the plan's rules refuse; the message key explains why to the person. */
public class PlanRuleException extends RuntimeException {

	private final String messageKey;

	public PlanRuleException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
