package org.citymentor.activity;

/** What happened; the message key {@code activity.kind.<NAME>} describes it. */
public enum ActivityKind {

	GROUP_CREATED, GROUP_UPDATED, PARTICIPANT_ADDED, PARTICIPANT_REMOVED, INVITED, INVITATION_RESENT,
	INVITATION_WITHDRAWN, JOINED, MEMBER_REMOVED, EXPORTED

}
