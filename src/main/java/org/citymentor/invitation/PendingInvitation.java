package org.citymentor.invitation;

import java.time.LocalDate;

import org.citymentor.access.MemberRole;

/**
 * An invitation that was neither accepted nor withdrawn, as a list shows it: the names
 * are already looked up. For invitations to coordinate a programme the organisation and
 * role are null. An expired one can still be resent.
 */
public record PendingInvitation(long id, String email, String organisationName, MemberRole role, LocalDate sentOn,
		LocalDate expiresOn, boolean expired) {

}
