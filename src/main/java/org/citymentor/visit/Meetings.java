package org.citymentor.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings of a group between its visits, with the people taking part. */
@Service
@Transactional
public class Meetings {

	private final JdbcClient jdbc;

	private final Clock clock;

	Meetings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Meeting> of(long groupId) {
		return of(List.of(groupId)).getOrDefault(groupId, List.of());
	}

	@Transactional(readOnly = true)
	public Map<Long, List<Meeting>> of(Collection<Long> groupIds) {
		Map<Long, List<Meeting>> result = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		Map<Long, List<Long>> people = new HashMap<>();
		this.jdbc
			.sql("""
					select p.meeting_id, p.user_id from group_meeting_participant p join group_meeting m on m.id = p.meeting_id
					where m.group_id in (:ids) order by p.meeting_id, p.user_id
					""")
			.param("ids", groupIds)
			.query((rs) -> {
				people.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
			});
		this.jdbc.sql("select * from group_meeting where group_id in (:ids) order by group_id, held_on, starts_at, id")
			.param("ids", groupIds)
			.query((rs, n) -> map(rs, people))
			.list()
			.forEach((m) -> result.computeIfAbsent(m.groupId(), (k) -> new ArrayList<>()).add(m));
		return result;
	}

	/**
	 * The days of the meetings of many groups, oldest first, without who took part: for
	 * the task lists and the overview, which only count them. One query for all.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<LocalDate>> days(Collection<Long> groupIds) {
		Map<Long, List<LocalDate>> result = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("select group_id, held_on from group_meeting where group_id in (:ids) order by group_id, held_on")
			.param("ids", groupIds)
			.query((rs) -> {
				result.computeIfAbsent(rs.getLong("group_id"), (k) -> new ArrayList<>())
					.add(rs.getObject("held_on", LocalDate.class));
			});
		return result;
	}

	/** The meeting of this group; 404 for an id of another group. */
	@Transactional(readOnly = true)
	public Meeting require(long groupId, long meetingId) {
		return find(groupId, meetingId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Meeting> find(long groupId, long meetingId) {
		return of(groupId).stream().filter((m) -> m.id() == meetingId).findFirst();
	}

	public long create(long groupId, MeetingData data, Long userId, String who) {
		long id = this.jdbc.sql("""
				insert into group_meeting (group_id, title, mode, held_on, starts_at, ends_at, time_zone, place,
				    meeting_link, notes, created_by_id, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(groupId, data.title(), data.mode().name(), data.heldOn(), data.startsAt(), data.endsAt(),
					data.timeZone(), data.place(), data.meetingLink(), data.notes(), userId, who, now(), now())
			.query(Long.class)
			.single();
		participants(id, data.participantIds());
		return id;
	}

	/**
	 * Changes a meeting.
	 * @throws StaleEditException when someone changed it since the person opened it
	 */
	public void update(long groupId, long meetingId, long expectedVersion, MeetingData data) {
		require(groupId, meetingId);
		int updated = this.jdbc.sql("""
				update group_meeting set title = ?, mode = ?, held_on = ?, starts_at = ?, ends_at = ?, time_zone = ?,
				    place = ?, meeting_link = ?, notes = ?, updated_at = ?, version = version + 1
				where id = ? and group_id = ? and version = ?
				""")
			.params(data.title(), data.mode().name(), data.heldOn(), data.startsAt(), data.endsAt(), data.timeZone(),
					data.place(), data.meetingLink(), data.notes(), now(), meetingId, groupId, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		participants(meetingId, data.participantIds());
	}

	/** Shares the meeting's notes with the programme's coordinators, or stops sharing. */
	public void shareNotes(long groupId, long meetingId, boolean shared) {
		require(groupId, meetingId);
		this.jdbc.sql("update group_meeting set notes_shared = ?, version = version + 1 where id = ?")
			.params(shared, meetingId)
			.update();
	}

	private void participants(long meetingId, List<Long> userIds) {
		this.jdbc.sql("delete from group_meeting_participant where meeting_id = ?").param(meetingId).update();
		userIds.stream()
			.distinct()
			.forEach((userId) -> this.jdbc
				.sql("insert into group_meeting_participant (meeting_id, user_id) values (?, ?)")
				.params(meetingId, userId)
				.update());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Meeting map(ResultSet rs, Map<Long, List<Long>> people) throws SQLException {
		long id = rs.getLong("id");
		return new Meeting(id, rs.getLong("group_id"), rs.getString("title"), MeetingMode.valueOf(rs.getString("mode")),
				rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getString("time_zone"), rs.getString("place"),
				rs.getString("meeting_link"), rs.getString("notes"), rs.getBoolean("notes_shared"),
				rs.getString("created_by"), rs.getLong("version"), people.getOrDefault(id, List.of()));
	}

}
