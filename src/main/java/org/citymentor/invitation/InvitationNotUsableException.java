package org.citymentor.invitation;

/**
 * The link cannot be used (any more): unknown or tampered ({@code status} null), expired,
 * accepted or withdrawn. Nothing was changed.
 */
public class InvitationNotUsableException extends RuntimeException {

	private final InvitationStatus status;

	public InvitationNotUsableException(InvitationStatus status) {
		super("invitation not usable: " + status, null, false, false);
		this.status = status;
	}

	/** Null for a link that matches no invitation. */
	public InvitationStatus status() {
		return this.status;
	}

}
