package org.citymentor.training;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with training sessions: the programme's coordinators (and admins) and
 * the facilitators of the groups a session is for plan and change it and record
 * attendance; the people invited (the members of those groups) read it; everyone else
 * does not see it.
 */
@Component
@Transactional(readOnly = true)
public class TrainingAccess {

	private final Access access;

	private final JdbcClient jdbc;

	TrainingAccess(Access access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * Plans sessions for the programme (groupId null) or for one of its groups:
	 * coordinators, and the facilitators of that group (of any of its groups for a
	 * programme-wide session).
	 */
	public boolean mayPlan(CurrentUser user, long programmeId, Long groupId) {
		if (user == null) {
			return false;
		}
		return this.access.mayEditProgramme(user, programmeId) || this.jdbc.sql("""
				select exists (select 1 from group_member m join group_participant p on p.id = m.participant_id
				               join mentoring_group g on g.id = m.group_id
				               where m.user_id = :user and m.removed_at is null and p.role = 'FACILITATOR'
				               and g.programme_id = :programme and (:group = 0 or g.id = :group))
				""")
			.param("user", user.id())
			.param("programme", programmeId)
			.param("group", (groupId != null) ? groupId : 0L)
			.query(Boolean.class)
			.single();
	}

	/** Coordinators, and the facilitators of the groups the session is for. */
	public boolean mayManage(CurrentUser user, Training training) {
		if (user == null) {
			return false;
		}
		return this.access.mayEditProgramme(user, training.programmeId()) || this.jdbc.sql("""
				select exists (select 1 from group_member m join group_participant p on p.id = m.participant_id
				               join training_group tg on tg.group_id = m.group_id
				               where m.user_id = ? and m.removed_at is null and p.role = 'FACILITATOR'
				               and tg.training_id = ?)
				""").params(user.id(), training.id()).query(Boolean.class).single();
	}

	public boolean isInvited(CurrentUser user, Training training) {
		return user != null
				&& this.jdbc.sql("select exists (select 1 from (" + Trainings.INVITED + ") i where i.user_id = :user)")
					.param("training", training.id())
					.param("user", user.id())
					.query(Boolean.class)
					.single();
	}

	public boolean mayRead(CurrentUser user, Training training) {
		return isInvited(user, training) || mayManage(user, training);
	}

	/** 404 for whoever is neither invited nor plans it. */
	public void requireRead(CurrentUser user, Training training) {
		if (!mayRead(user, training)) {
			throw new NotFoundException();
		}
	}

	/** 404 for outsiders, 403 for invited people who may not change it. */
	public void requireManage(CurrentUser user, Training training) {
		requireRead(user, training);
		if (!mayManage(user, training)) {
			throw new ForbiddenException();
		}
	}

	/** The programme's training list: whoever sees the programme (404 otherwise). */
	public void requireViewProgramme(CurrentUser user, long programmeId) {
		this.access.requireViewProgramme(user, programmeId);
	}

	/** A group's training list: whoever sees the group (404 otherwise). */
	public void requireViewGroup(CurrentUser user, long groupId) {
		this.access.requireViewGroup(user, groupId);
	}

	/** Coordinators and admins see every session of the programme; others only theirs. */
	public boolean seesAllOf(CurrentUser user, long programmeId) {
		return this.access.mayEditProgramme(user, programmeId);
	}

	/** The programme of a group (404 for an unknown group). */
	public long programmeOf(long groupId) {
		return this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(groupId)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

}
