package org.citymentor.visit;

import java.util.function.BooleanSupplier;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
		if (!mayRead(user, groupId)) {
			throw new NotFoundException();
		}
	}

	/** Whoever sees the group: its members first, the one answer most readers need. */
	public boolean mayRead(CurrentUser user, long groupId) {
		return isMember(user, groupId)
				|| remembered("read", user, groupId, () -> this.access.mayViewGroup(user, groupId));
	}

	public boolean mayPlan(CurrentUser user, long groupId) {
		return isMember(user, groupId) || mayManage(user, groupId);
	}

	/** 404 for outsiders, 403 for readers who may not plan. */
	public void requirePlan(CurrentUser user, long groupId) {
		requireRead(user, groupId);
		if (!mayPlan(user, groupId)) {
			throw new ForbiddenException();
		}
	}

	public boolean isMember(CurrentUser user, long groupId) {
		return remembered("member", user, groupId, () -> this.access.isGroupMember(user, groupId));
	}

	private boolean mayManage(CurrentUser user, long groupId) {
		return remembered("manage", user, groupId, () -> this.access.mayManageGroup(user, groupId));
	}

	/**
	 * An answer asked again during the same request (the parts of a visit page each check
	 * the reader) is read once: remembered in the request, never beyond it.
	 */
	private static boolean remembered(String question, CurrentUser user, long groupId, BooleanSupplier answer) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || user == null) {
			return answer.getAsBoolean();
		}
		String key = VisitAccess.class.getName() + "." + question + "." + user.id() + "." + groupId;
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Boolean known) {
			return known;
		}
		boolean value = answer.getAsBoolean();
		request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}

	/** Meeting notes: the group's members, and coordinators once shared. */
	public boolean mayReadMeetingNotes(CurrentUser user, Meeting meeting) {
		return isMember(user, meeting.groupId()) || (meeting.notesShared() && mayManage(user, meeting.groupId()));
	}

}
