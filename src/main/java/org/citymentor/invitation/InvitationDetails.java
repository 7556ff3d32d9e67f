package org.citymentor.invitation;

import java.time.LocalDate;

import org.citymentor.access.MemberRole;
import org.citymentor.shared.security.CurrentUser;

/**
 * An invitation as the person holding its link sees it. Group fields are null for an
 * invitation to coordinate a programme; {@code inviterName} is null when the inviter's
 * account is gone.
 */
public record InvitationDetails(long id, InvitationKind kind, String email, InvitationStatus status, long programmeId,
		String programmeName, Long groupId, String groupTitle, String organisationName, MemberRole role,
		String inviterName, LocalDate expiresOn, Long acceptedBy, boolean accountExists) {

	public boolean isToGroup() {
		return this.kind == InvitationKind.GROUP_MEMBER;
	}

	/** Where the person lands once they accepted. */
	public String targetPath() {
		return isToGroup() ? "/groups/" + this.groupId : "/programmes/" + this.programmeId;
	}

	/** Whether the signed-in person is the one invited. */
	public boolean isFor(CurrentUser user) {
		return user != null && user.email().equalsIgnoreCase(this.email);
	}

}
