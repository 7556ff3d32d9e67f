package org.citymentor.invitation;

/** What came of asking to invite someone. */
public enum InviteOutcome {

	/**
	 * The e-mail is on its way; an earlier open invitation of the same person was
	 * withdrawn.
	 */
	INVITED,

	/** The person is already a member of the group: nothing was sent. */
	ALREADY_MEMBER,

	/** The person already coordinates the programme: nothing was sent. */
	ALREADY_COORDINATOR

}
