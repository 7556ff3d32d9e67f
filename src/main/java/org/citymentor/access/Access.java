package org.citymentor.access;

import java.util.List;
import java.util.Optional;

import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "may this person do X to this thing?". Out of sight answers 404, in
 * sight but not theirs to change answers 403 (decisions.md 1). It reads the membership
 * tables with plain SQL so that it depends on no other module.
 */
@Service
@Transactional(readOnly = true)
public class Access {

	private final JdbcClient jdbc;

	Access(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Admins, the programme's coordinators, and members of one of its groups. */
	public boolean mayViewProgramme(CurrentUser user, long programmeId) {
		if (user == null) {
			return false;
		}
		return user.isAdmin() || coordinates(user, programmeId) || this.jdbc.sql("""
				select exists (select 1 from group_member m join mentoring_group g on g.id = m.group_id
				               where g.programme_id = ? and m.user_id = ? and m.removed_at is null)
				""").params(programmeId, user.id()).query(Boolean.class).single();
	}

	/**
	 * Admins, the coordinators of the group's programme, and the group's current members.
	 */
	public boolean mayViewGroup(CurrentUser user, long groupId) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return this.jdbc.sql("select exists (select 1 from mentoring_group where id = ?)")
				.param(groupId)
				.query(Boolean.class)
				.single();
		}
		return this.jdbc
			.sql("""
					select exists (select 1 from mentoring_group g join programme_coordinator pc on pc.programme_id = g.programme_id
					               where g.id = :group and pc.user_id = :user)
					    or exists (select 1 from group_member m where m.group_id = :group and m.user_id = :user
					               and m.removed_at is null)
					""")
			.param("group", groupId)
			.param("user", user.id())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Setting up a group, its participants and people: admins and the programme's
	 * coordinators.
	 */
	public boolean mayManageGroup(CurrentUser user, long groupId) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		return this.jdbc
			.sql("""
					select exists (select 1 from mentoring_group g join programme_coordinator pc on pc.programme_id = g.programme_id
					               where g.id = ? and pc.user_id = ?)
					""")
			.params(groupId, user.id())
			.query(Boolean.class)
			.single();
	}

	public void requireViewGroup(CurrentUser user, long groupId) {
		if (!mayViewGroup(user, groupId)) {
			throw new NotFoundException();
		}
	}

	public void requireManageGroup(CurrentUser user, long groupId) {
		requireViewGroup(user, groupId);
		if (!mayManageGroup(user, groupId)) {
			throw new ForbiddenException();
		}
	}

	/**
	 * A current member of the group, whatever their organisation: they read what the
	 * group keeps for itself, such as the contact details of a support network.
	 * Coordinators and admins are not, unless they also joined the group.
	 */
	public boolean isGroupMember(CurrentUser user, long groupId) {
		return user != null && this.jdbc
			.sql("select exists (select 1 from group_member where group_id = ? and user_id = ? and removed_at is null)")
			.params(groupId, user.id())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The participant (organisation in the group) a current member of the group is there
	 * for; empty for everyone else.
	 */
	public Optional<Long> memberParticipantId(CurrentUser user, long groupId) {
		if (user == null) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select participant_id from group_member where group_id = ? and user_id = ? and removed_at is null")
			.params(groupId, user.id())
			.query(Long.class)
			.optional();
	}

	/**
	 * What belongs to a participant (its support network, …) is edited by the group's
	 * current members who are there for that participant; nobody else, not even admins.
	 */
	public boolean mayEditParticipant(CurrentUser user, long groupId, long participantId) {
		return user != null && this.jdbc.sql("""
				select exists (select 1 from group_member where group_id = ? and participant_id = ? and user_id = ?
				               and removed_at is null)
				""").params(groupId, participantId, user.id()).query(Boolean.class).single();
	}

	/**
	 * 404 for whoever may not see the group, 403 for those who see it but are not there
	 * for this participant.
	 */
	public void requireEditParticipant(CurrentUser user, long groupId, long participantId) {
		requireViewGroup(user, groupId);
		if (!mayEditParticipant(user, groupId, participantId)) {
			throw new ForbiddenException();
		}
	}

	/** The groups a person is a current member of. */
	public List<Long> memberGroupIds(CurrentUser user) {
		return this.jdbc.sql("select group_id from group_member where user_id = ? and removed_at is null")
			.param(user.id())
			.query(Long.class)
			.list();
	}

	/**
	 * Everything {@link ViewerAccess} answers about the person, in one query: their
	 * groups with the participant they are there for and their programme, the programmes
	 * they coordinate, the organisations they act for.
	 */
	public ViewerAccess viewerAccess(CurrentUser user) {
		if (user == null) {
			return ViewerAccess.NOBODY;
		}
		java.util.Map<Long, Long> participants = new java.util.HashMap<>();
		java.util.Set<Long> memberProgrammes = new java.util.HashSet<>();
		java.util.Set<Long> programmes = new java.util.HashSet<>();
		java.util.Set<Long> organisations = new java.util.HashSet<>();
		this.jdbc.sql("""
				select 'MEMBER' as kind, m.group_id, m.participant_id, p.organisation_id, g.programme_id
				from group_member m join group_participant p on p.id = m.participant_id
				join mentoring_group g on g.id = m.group_id
				where m.user_id = :user and m.removed_at is null
				union all
				select 'COORDINATOR', null, null, null, programme_id from programme_coordinator
				where user_id = :user
				union all
				select 'EMPLOYEE', null, null, organisation_id, null from app_user
				where id = :user and organisation_id is not null
				""").param("user", user.id()).query((rs) -> {
			switch (rs.getString("kind")) {
				case "MEMBER" -> {
					participants.put(rs.getLong("group_id"), rs.getLong("participant_id"));
					organisations.add(rs.getLong("organisation_id"));
					memberProgrammes.add(rs.getLong("programme_id"));
				}
				case "COORDINATOR" -> programmes.add(rs.getLong("programme_id"));
				default -> organisations.add(rs.getLong("organisation_id"));
			}
		});
		return new ViewerAccess(user, participants, memberProgrammes, programmes, organisations);
	}

	public boolean mayEditProgramme(CurrentUser user, long programmeId) {
		return user != null && (user.isAdmin() || coordinates(user, programmeId));
	}

	public boolean mayCreateProgramme(CurrentUser user) {
		return user != null && user.isAdmin();
	}

	/**
	 * Admins and coordinators add organisations (a coordinator adds the cities of their
	 * programme).
	 */
	public boolean mayCreateOrganisation(CurrentUser user) {
		return user != null && (user.isAdmin() || user.isCoordinator());
	}

	/**
	 * Admins edit every organisation; a coordinator edits the organisations of their
	 * programmes and those they added themselves.
	 */
	public boolean mayEditOrganisation(CurrentUser user, long organisationId) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		if (!user.isCoordinator()) {
			return false;
		}
		return this.jdbc
			.sql("""
					select exists (select 1 from programme_coordinator pc join programme p on p.id = pc.programme_id
					               where pc.user_id = :user and p.coordinating_organisation_id = :org)
					    or exists (select 1 from programme_coordinator pc join mentoring_group g on g.programme_id = pc.programme_id
					               join group_participant gp on gp.group_id = g.id
					               where pc.user_id = :user and gp.organisation_id = :org)
					    or exists (select 1 from organisation o where o.id = :org and o.created_by = :user)
					""")
			.param("user", user.id())
			.param("org", organisationId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The programmes a person sees: all for admins, else those they coordinate or have a
	 * group in.
	 */
	public List<Long> visibleProgrammeIds(CurrentUser user) {
		if (user.isAdmin()) {
			return this.jdbc.sql("select id from programme").query(Long.class).list();
		}
		return this.jdbc.sql("""
				select programme_id from programme_coordinator where user_id = :user
				union
				select g.programme_id from group_member m join mentoring_group g on g.id = m.group_id
				where m.user_id = :user and m.removed_at is null
				""").param("user", user.id()).query(Long.class).list();
	}

	/** Whether the person coordinates the programme (or administers the platform). */
	public boolean coordinatesProgramme(CurrentUser user, long programmeId) {
		return user != null && (user.isAdmin() || coordinates(user, programmeId));
	}

	public void requireViewProgramme(CurrentUser user, long programmeId) {
		if (!mayViewProgramme(user, programmeId)) {
			throw new NotFoundException();
		}
	}

	public void requireEditProgramme(CurrentUser user, long programmeId) {
		requireViewProgramme(user, programmeId);
		if (!mayEditProgramme(user, programmeId)) {
			throw new ForbiddenException();
		}
	}

	public void requireEditOrganisation(CurrentUser user, long organisationId) {
		if (!mayEditOrganisation(user, organisationId)) {
			throw new ForbiddenException();
		}
	}

	/** The organisation a person works for, if any. */
	public Optional<Long> organisationOf(CurrentUser user) {
		if (user == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select organisation_id from app_user where id = ?")
			.param(user.id())
			.query((rs, row) -> (Long) rs.getObject("organisation_id", Long.class))
			.optional()
			.filter(java.util.Objects::nonNull);
	}

	/**
	 * Writing in the name of an organisation (a good-practice sheet): its own people, and
	 * administrators for any organisation.
	 */
	public boolean mayActForOrganisation(CurrentUser user, long organisationId) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return this.jdbc.sql("select exists (select 1 from organisation where id = ?)")
				.param(organisationId)
				.query(Boolean.class)
				.single();
		}
		return organisationOf(user).filter((own) -> own == organisationId).isPresent();
	}

	/** Whoever works for an organisation, and administrators, write good practices. */
	public boolean mayCreateGoodPractice(CurrentUser user) {
		return user != null && (user.isAdmin() || organisationOf(user).isPresent());
	}

	/**
	 * A published sheet: everyone signed in. A draft: its organisation's people and
	 * administrators.
	 */
	public boolean mayViewGoodPractice(CurrentUser user, long goodPracticeId) {
		if (user == null) {
			return false;
		}
		return this.jdbc
			.sql("""
					select exists (select 1 from good_practice gp where gp.id = :id
					               and (gp.status = 'PUBLISHED' or :admin
					                    or gp.owner_organisation_id = (select organisation_id from app_user where id = :user)))
					""")
			.param("id", goodPracticeId)
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query(Boolean.class)
			.single();
	}

	/** The people of the sheet's organisation and administrators. */
	public boolean mayEditGoodPractice(CurrentUser user, long goodPracticeId) {
		if (user == null) {
			return false;
		}
		return this.jdbc
			.sql("""
					select exists (select 1 from good_practice gp where gp.id = :id
					               and (:admin or gp.owner_organisation_id = (select organisation_id from app_user where id = :user)))
					""")
			.param("id", goodPracticeId)
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query(Boolean.class)
			.single();
	}

	public void requireViewGoodPractice(CurrentUser user, long goodPracticeId) {
		if (!mayViewGoodPractice(user, goodPracticeId)) {
			throw new NotFoundException();
		}
	}

	public void requireEditGoodPractice(CurrentUser user, long goodPracticeId) {
		requireViewGoodPractice(user, goodPracticeId);
		if (!mayEditGoodPractice(user, goodPracticeId)) {
			throw new ForbiddenException();
		}
	}

	/**
	 * Whether the person acts for an organisation: it is their own organisation, or they
	 * represent it in one of their groups.
	 */
	public boolean actsFor(CurrentUser user, long organisationId) {
		if (user == null) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from app_user where id = :user and organisation_id = :org)
				    or exists (select 1 from group_member m join group_participant p on p.id = m.participant_id
				               where m.user_id = :user and m.removed_at is null and p.organisation_id = :org)
				""").param("user", user.id()).param("org", organisationId).query(Boolean.class).single();
	}

	private boolean coordinates(CurrentUser user, long programmeId) {
		return this.jdbc
			.sql("select exists (select 1 from programme_coordinator where programme_id = ? and user_id = ?)")
			.params(programmeId, user.id())
			.query(Boolean.class)
			.single();
	}

}
