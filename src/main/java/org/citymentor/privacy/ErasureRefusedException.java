package org.citymentor.privacy;

/** An erasure the rules do not allow; the message is a message key. */
public class ErasureRefusedException extends RuntimeException {

	public ErasureRefusedException(String messageKey) {
		super(messageKey);
	}

}
