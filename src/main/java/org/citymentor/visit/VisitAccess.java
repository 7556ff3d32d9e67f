package org.citymentor.visit;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a group's visits and meetings: whoever sees the group reads them;
 * the group's members and the programme's coordinators plan them; only members write and
 * read notes (coordinators read a note only when its author shares it).
 */
@Component
public class VisitAccess {

	private final Access access;

	VisitAccess(Access access) {
		this.access = access;
	}

	/** 404 for whoever may not see the group. */
	public void requireRead(CurrentUser user, long groupId) {
		this.access.requireViewGroup(user, groupId);
	}

	public boolean mayPlan(CurrentUser user, long groupId) {
		return this.access.isGroupMember(user, groupId) || this.access.mayManageGroup(user, groupId);
	}

	/** 404 for outsiders, 403 for readers who may not plan. */
	public void requirePlan(CurrentUser user, long groupId) {
		requireRead(user, groupId);
		if (!mayPlan(user, groupId)) {
			throw new ForbiddenException();
		}
	}

	public boolean isMember(CurrentUser user, long groupId) {
		return this.access.isGroupMember(user, groupId);
	}

	/** Meeting notes: the group's members, and coordinators once shared. */
	public boolean mayReadMeetingNotes(CurrentUser user, Meeting meeting) {
		return isMember(user, meeting.groupId())
				|| (meeting.notesShared() && this.access.mayManageGroup(user, meeting.groupId()));
	}

}
