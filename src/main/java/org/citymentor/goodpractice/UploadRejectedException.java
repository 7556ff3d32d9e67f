package org.citymentor.goodpractice;

/**
 * A file that is not taken, with the message key (and its arguments) that tells the
 * person why.
 */
public class UploadRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UploadRejectedException(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
