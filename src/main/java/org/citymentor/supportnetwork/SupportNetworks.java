package org.citymentor.supportnetwork;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a city's local support network: adding, changing and removing its members and
 * logging its meetings. Who may do so is checked by the caller with Access. The activity
 * history only says that a member was added or removed, never who: coordinators read it.
 */
@Service
public class SupportNetworks {

	private final NetworkMemberRepository members;

	private final NetworkMeetingRepository meetings;

	private final Activities activities;

	private final JdbcClient jdbc;

	private final Clock clock;

	SupportNetworks(NetworkMemberRepository members, NetworkMeetingRepository meetings, Activities activities,
			JdbcClient jdbc, Clock clock) {
		this.members = members;
		this.meetings = meetings;
		this.activities = activities;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<NetworkMemberDetails> members(long participantId) {
		return this.members.findByParticipantIdOrderByIdAsc(participantId)
			.stream()
			.map(SupportNetworks::details)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<NetworkMemberDetails> member(long participantId, long memberId) {
		return this.members.findByIdAndParticipantId(memberId, participantId).map(SupportNetworks::details);
	}

	@Transactional(readOnly = true)
	public List<NetworkMeetingDetails> meetings(long participantId) {
		return this.meetings.findByParticipantIdOrderByMeetingDateDescIdDesc(participantId)
			.stream()
			.map(SupportNetworks::details)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<NetworkMeetingDetails> meeting(long participantId, long meetingId) {
		return this.meetings.findByIdAndParticipantId(meetingId, participantId).map(SupportNetworks::details);
	}

	/** Counts only: what coordinators see of a network. */
	@Transactional(readOnly = true)
	public NetworkSummary summary(long participantId) {
		return this.jdbc.sql("""
				select (select count(*) from support_network_member where participant_id = :p) as members,
				       (select count(*) from support_network_member where participant_id = :p
				        and represents_migrants) as representatives,
				       (select count(*) from support_network_meeting where participant_id = :p) as meetings
				""")
			.param("p", participantId)
			.query((rs, row) -> new NetworkSummary(rs.getInt("members"), rs.getInt("representatives"),
					rs.getInt("meetings")))
			.single();
	}

	@Transactional
	public long addMember(Network network, MemberData data, Actor actor) {
		NetworkMember member = this.members
			.save(new NetworkMember(network.groupId(), network.participantId(), data, now()));
		record(network, actor, ActivityKind.SUPPORT_NETWORK_MEMBER_ADDED);
		return member.getId();
	}

	/**
	 * Saves the member if nobody saved it since {@code seenVersion}; else
	 * {@link StaleEditException} and nothing changes.
	 */
	@Transactional
	public void updateMember(Network network, long memberId, long seenVersion, MemberData data) {
		NetworkMember member = this.members.findByIdAndParticipantId(memberId, network.participantId())
			.orElseThrow(NotFoundException::new);
		if (member.getVersion() != seenVersion) {
			throw new StaleEditException();
		}
		member.apply(data, now());
		this.members.flush();
	}

	@Transactional
	public void removeMember(Network network, long memberId, Actor actor) {
		NetworkMember member = this.members.findByIdAndParticipantId(memberId, network.participantId())
			.orElseThrow(NotFoundException::new);
		this.members.delete(member);
		this.members.flush();
		record(network, actor, ActivityKind.SUPPORT_NETWORK_MEMBER_REMOVED);
	}

	@Transactional
	public long addMeeting(Network network, MeetingData data, Actor actor) {
		NetworkMeeting meeting = this.meetings
			.save(new NetworkMeeting(network.groupId(), network.participantId(), ownAttendees(network, data), now()));
		record(network, actor, ActivityKind.SUPPORT_NETWORK_MEETING_LOGGED);
		return meeting.getId();
	}

	/** Like {@link #updateMember}, for a meeting. */
	@Transactional
	public void updateMeeting(Network network, long meetingId, long seenVersion, MeetingData data) {
		NetworkMeeting meeting = this.meetings.findByIdAndParticipantId(meetingId, network.participantId())
			.orElseThrow(NotFoundException::new);
		if (meeting.getVersion() != seenVersion) {
			throw new StaleEditException();
		}
		meeting.apply(ownAttendees(network, data), now());
		this.meetings.flush();
	}

	@Transactional
	public void removeMeeting(Network network, long meetingId) {
		NetworkMeeting meeting = this.meetings.findByIdAndParticipantId(meetingId, network.participantId())
			.orElseThrow(NotFoundException::new);
		this.meetings.delete(meeting);
	}

	/**
	 * The status of the step for each group, in one query: see
	 * {@link SupportNetworkStep}.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, TaskStatus> result = new HashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		Map<Long, List<NetworkSummary>> byGroup = new HashMap<>();
		this.jdbc.sql("""
				select p.group_id,
				       (select count(*) from support_network_member m where m.participant_id = p.id) as members,
				       (select count(*) from support_network_member m where m.participant_id = p.id
				        and m.represents_migrants) as representatives,
				       (select count(*) from support_network_meeting t where t.participant_id = p.id) as meetings
				from group_participant p
				where p.group_id in (:groups) and p.role = 'CITY' and p.side in ('MENTEE', 'BOTH')
				""").param("groups", groupIds).query((rs, row) -> {
			byGroup.computeIfAbsent(rs.getLong("group_id"), (id) -> new java.util.ArrayList<>())
				.add(new NetworkSummary(rs.getInt("members"), rs.getInt("representatives"), rs.getInt("meetings")));
			return null;
		}).list();
		groupIds.forEach((id) -> result.put(id, groupStatus(byGroup.getOrDefault(id, List.of()))));
		return result;
	}

	/**
	 * The group's status from the networks of its mentee cities: not started while none
	 * has a member, completed when every one has a member who represents migrants and a
	 * logged meeting, in progress in between.
	 */
	static TaskStatus groupStatus(List<NetworkSummary> menteeNetworks) {
		if (menteeNetworks.stream().allMatch((network) -> network.members() == 0)) {
			return TaskStatus.NOT_STARTED;
		}
		return menteeNetworks.stream().allMatch((network) -> network.status() == TaskStatus.COMPLETED)
				? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	/** Only members of this network can have attended its meetings. */
	private MeetingData ownAttendees(Network network, MeetingData data) {
		Set<Long> own = this.members.findByParticipantIdOrderByIdAsc(network.participantId())
			.stream()
			.map(NetworkMember::getId)
			.collect(Collectors.toSet());
		Set<Long> attendees = new LinkedHashSet<>(data.attendeeIds());
		attendees.retainAll(own);
		return new MeetingData(data.date(), attendees, data.othersPresent(), data.contribution());
	}

	private void record(Network network, Actor actor, ActivityKind kind) {
		this.activities.record(network.programmeId(), network.groupId(), actor, kind, network.cityName());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static NetworkMemberDetails details(NetworkMember member) {
		return new NetworkMemberDetails(member.getId(), member.getVersion(), member.data());
	}

	private static NetworkMeetingDetails details(NetworkMeeting meeting) {
		return new NetworkMeetingDetails(meeting.getId(), meeting.getVersion(), meeting.data());
	}

}
