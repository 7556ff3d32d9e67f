package org.citymentor.learning;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a session beyond seeing it ({@link Sessions#require}): the mentor
 * side of the group and the programme's coordinators run it; the online link and the
 * attendee list are for them and for the people registered.
 */
@Component
@Transactional(readOnly = true)
public class SessionAccess {

	private final Access access;

	private final JdbcClient jdbc;

	SessionAccess(Access access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	/** The group's members on the mentor side, the programme's coordinators, admins. */
	public boolean mayManage(CurrentUser user, long groupId) {
		if (user == null) {
			return false;
		}
		return this.access.mayManageGroup(user, groupId) || this.jdbc.sql("""
				select exists (select 1 from group_member m join group_participant p on p.id = m.participant_id
				               where m.group_id = ? and m.user_id = ? and m.removed_at is null
				               and p.side in ('MENTOR', 'BOTH'))
				""").params(groupId, user.id()).query(Boolean.class).single();
	}

	/**
	 * 404 for whoever may not see the group, 403 for members who may not run sessions.
	 */
	public void requireManageGroup(CurrentUser user, long groupId) {
		this.access.requireViewGroup(user, groupId);
		if (!mayManage(user, groupId)) {
			throw new ForbiddenException();
		}
	}

	/** For a session the person sees: 403 unless they run it. */
	public void requireManage(CurrentUser user, Session session) {
		if (!mayManage(user, session.groupId())) {
			throw new ForbiddenException();
		}
	}

	public boolean isRegistered(CurrentUser user, long sessionId) {
		return user != null && this.jdbc
			.sql("""
					select exists (select 1 from session_registration where meeting_id = ? and user_id = ? and status = 'REGISTERED')
					""")
			.params(sessionId, user.id())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The online link and who registered: the registered, the mentor side, coordinators.
	 */
	public boolean maySeeRestricted(CurrentUser user, Session session) {
		return mayManage(user, session.groupId()) || isRegistered(user, session.id());
	}

	/**
	 * Whether the person attended (or registered for) a held session: they rate and ask.
	 */
	public boolean tookPart(CurrentUser user, long sessionId) {
		return user != null && this.jdbc.sql("""
				select exists (select 1 from session_attendance where meeting_id = :id and user_id = :user)
				    or exists (select 1 from session_registration where meeting_id = :id and user_id = :user
				               and status = 'REGISTERED')
				""").param("id", sessionId).param("user", user.id()).query(Boolean.class).single();
	}

}
