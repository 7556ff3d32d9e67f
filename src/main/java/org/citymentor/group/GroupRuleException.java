package org.citymentor.group;

/**
 * A change that would break a rule of the group; the message key says which, for the
 * page.
 */
public class GroupRuleException extends RuntimeException {

	private final String messageKey;

	public GroupRuleException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
