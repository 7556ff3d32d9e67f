package org.citymentor.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.citymentor.access.GroupMembers;
import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up and changing mentoring groups. Who may do so is checked by the caller with
 * Access.
 */
@Service
public class Groups {

	private final MentoringGroupRepository repository;

	private final GroupMembers members;

	private final Activities activities;

	private final JdbcClient jdbc;

	Groups(MentoringGroupRepository repository, GroupMembers members, Activities activities, JdbcClient jdbc) {
		this.repository = repository;
		this.members = members;
		this.activities = activities;
		this.jdbc = jdbc;
	}

	@Transactional
	public long createGroup(long programmeId, GroupData data, Actor actor) {
		MentoringGroup group = this.repository.save(new MentoringGroup(programmeId, data));
		this.activities.record(programmeId, group.getId(), actor, ActivityKind.GROUP_CREATED, group.getTitle());
		return group.getId();
	}

	@Transactional
	public void updateGroup(long groupId, long seenVersion, GroupData data, Actor actor) {
		MentoringGroup group = load(groupId);
		if (group.getVersion() != seenVersion) {
			throw new StaleEditException();
		}
		group.apply(data);
		this.activities.record(group.getProgrammeId(), groupId, actor, ActivityKind.GROUP_UPDATED, group.getTitle());
	}

	/** Adds an organisation on a side of the group; refused if it already takes part. */
	@Transactional
	public long addParticipant(long groupId, long organisationId, ParticipantSide side, ParticipantRole role,
			String organisationName, Actor actor) {
		MentoringGroup group = load(groupId);
		GroupParticipant participant = group.addParticipant(organisationId, side, role);
		this.repository.flush();
		this.activities.record(group.getProgrammeId(), groupId, actor, ActivityKind.PARTICIPANT_ADDED,
				organisationName);
		return participant.getId();
	}

	/**
	 * Removes an organisation that has no people in the group and is not its last mentee.
	 */
	@Transactional
	public void removeParticipant(long groupId, long participantId, String organisationName, Actor actor) {
		MentoringGroup group = load(groupId);
		if (this.members.hasMembers(participantId)) {
			throw new GroupRuleException("group.participant.hasMembers");
		}
		group.removeParticipant(participantId);
		this.activities.record(group.getProgrammeId(), groupId, actor, ActivityKind.PARTICIPANT_REMOVED,
				organisationName);
	}

	/** Ends a person's membership; what they contributed stays attributed to them. */
	@Transactional
	public void removeMember(long groupId, long memberId, String personName, Actor actor) {
		long programmeId = programmeOf(groupId);
		this.members.remove(groupId, memberId).orElseThrow(NotFoundException::new);
		this.activities.record(programmeId, groupId, actor, ActivityKind.MEMBER_REMOVED, personName);
	}

	@Transactional(readOnly = true)
	public GroupDetails details(long groupId) {
		MentoringGroup group = this.repository.findWithParticipants(groupId).orElseThrow(NotFoundException::new);
		return new GroupDetails(group.getId(), group.getProgrammeId(), group.getVersion(), group.data(), group
			.getParticipants()
			.stream()
			.map((p) -> new GroupDetails.Participant(p.getId(), p.getOrganisationId(), p.getSide(), p.getRole()))
			.toList(), group.getCreatedAt(), group.getLastActivityAt());
	}

	/**
	 * Several groups as their pages show them, in two queries whatever their number (the
	 * groups with their themes and languages, then their participants); in the given
	 * order, leaving out ids of no group. For pages that only read.
	 */
	@Transactional(readOnly = true)
	public List<GroupDetails> details(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<GroupDetails.Participant>> participants = new HashMap<>();
		this.jdbc.sql("""
				select group_id, id, organisation_id, side, role from group_participant
				where group_id in (:ids) order by id
				""").param("ids", groupIds).query((rs) -> {
			participants.computeIfAbsent(rs.getLong("group_id"), (k) -> new ArrayList<>())
				.add(new GroupDetails.Participant(rs.getLong("id"), rs.getLong("organisation_id"),
						ParticipantSide.valueOf(rs.getString("side")), ParticipantRole.valueOf(rs.getString("role"))));
		});
		Map<Long, GroupDetails> groups = new HashMap<>();
		this.jdbc.sql("""
				select g.*, array(select t.theme_id from group_theme t where t.group_id = g.id) as theme_ids,
				       array(select l.language from group_language l where l.group_id = g.id) as languages
				from mentoring_group g where g.id in (:ids)
				""").param("ids", groupIds).query((rs) -> {
			long id = rs.getLong("id");
			GroupData data = new GroupData(rs.getString("title"), rs.getString("focus"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					GroupStatus.valueOf(rs.getString("status")), Set.of((Long[]) rs.getArray("theme_ids").getArray()),
					Set.of((String[]) rs.getArray("languages").getArray()),
					(Long) rs.getObject("action_id", Long.class), rs.getObject("agreement_date", LocalDate.class),
					rs.getString("agreement_reference"), rs.getString("shared_goals"), rs.getString("exit_clause"));
			groups.put(id,
					new GroupDetails(id, rs.getLong("programme_id"), rs.getLong("version"), data,
							participants.getOrDefault(id, List.of()), rs.getTimestamp("created_at").toInstant(),
							rs.getTimestamp("last_activity_at").toInstant()));
		});
		return groupIds.stream().distinct().map(groups::get).filter(Objects::nonNull).toList();
	}

	@Transactional(readOnly = true)
	public long programmeOf(long groupId) {
		return this.repository.programmeOf(groupId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Moves a group to another status, keeping the rest (a forming group from a call that
	 * is matched, or given up).
	 */
	@Transactional
	public void changeStatus(long groupId, GroupStatus status, Actor actor) {
		MentoringGroup group = load(groupId);
		GroupData d = group.data();
		group.apply(new GroupData(d.title(), d.focus(), d.startDate(), d.endDate(), status, d.themeIds(), d.languages(),
				d.actionId(), d.agreementDate(), d.agreementReference(), d.sharedGoals(), d.exitClause()));
		this.activities.record(group.getProgrammeId(), groupId, actor, ActivityKind.GROUP_UPDATED, group.getTitle());
	}

	private MentoringGroup load(long groupId) {
		return this.repository.findWithParticipants(groupId).orElseThrow(NotFoundException::new);
	}

}
