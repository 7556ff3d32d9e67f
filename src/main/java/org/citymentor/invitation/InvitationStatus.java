package org.citymentor.invitation;

/** Where an invitation stands; only a PENDING one can be accepted. */
public enum InvitationStatus {

	PENDING, EXPIRED, ACCEPTED, WITHDRAWN;

	/** The link no longer works, and it will never work again without a resend. */
	public boolean isClosed() {
		return this != PENDING;
	}

}
