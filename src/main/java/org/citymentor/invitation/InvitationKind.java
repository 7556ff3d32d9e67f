package org.citymentor.invitation;

/** What accepting the invitation makes of the person. */
public enum InvitationKind {

	GROUP_MEMBER, PROGRAMME_COORDINATOR

}
