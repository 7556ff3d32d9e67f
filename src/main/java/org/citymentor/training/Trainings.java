package org.citymentor.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions: planning, changing without overwriting someone else's change,
 * cancelling, and who is invited (the current members of the groups the session is for).
 */
@Service
@Transactional
public class Trainings {

	/** Who is invited to a session: the current members of the groups it is for. */
	static final String INVITED = """
			select distinct m.user_id from group_member m join training_group tg on tg.group_id = m.group_id
			where tg.training_id = :training and m.removed_at is null
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Trainings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long create(long programmeId, Long groupId, TrainingData data, String who) {
		long id = this.jdbc.sql("""
				insert into training (programme_id, group_id, title, held_on, starts_at, ends_at, time_zone, mode,
				    meeting_link, address, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(programmeId, groupId, data.title(), data.heldOn(), data.startsAt(), data.endsAt(), data.timeZone(),
					data.mode().name(), data.meetingLink(), data.address(), who, now(), now())
			.query(Long.class)
			.single();
		agenda(id, data.agenda());
		this.jdbc.sql("""
				insert into training_group (training_id, group_id)
				select ?, id from mentoring_group where programme_id = ? and (?::bigint is null or id = ?)
				""").params(id, programmeId, groupId, groupId).update();
		return id;
	}

	/**
	 * Changes a session.
	 * @throws StaleEditException when someone changed it since the person opened it
	 */
	public void update(long id, long expectedVersion, TrainingData data) {
		int updated = this.jdbc.sql("""
				update training set title = ?, held_on = ?, starts_at = ?, ends_at = ?, time_zone = ?, mode = ?,
				    meeting_link = ?, address = ?, updated_at = ?, version = version + 1
				where id = ? and version = ? and cancelled_at is null
				""")
			.params(data.title(), data.heldOn(), data.startsAt(), data.endsAt(), data.timeZone(), data.mode().name(),
					data.meetingLink(), data.address(), now(), id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		agenda(id, data.agenda());
	}

	/**
	 * Cancels a session; it stays listed as cancelled.
	 * @throws StaleEditException when someone changed it since the person confirmed
	 */
	public void cancel(long id, long expectedVersion) {
		int updated = this.jdbc.sql(
				"update training set cancelled_at = ?, version = version + 1 where id = ? and version = ? and cancelled_at is null")
			.params(now(), id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	@Transactional(readOnly = true)
	public Optional<Training> find(long id) {
		return this.jdbc.sql("select * from training where id = ?")
			.param(id)
			.query((rs, n) -> map(rs, agendas(List.of(id))))
			.optional();
	}

	@Transactional(readOnly = true)
	public Training require(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The sessions of a programme, latest first.
	 * @param groupId only the sessions for every group and for this group; null for all
	 * @param memberId only the sessions the person is invited to; null for all
	 */
	@Transactional(readOnly = true)
	public Page<Training> page(long programmeId, Long groupId, Long memberId, Pageable pageable) {
		String where = """
				from training t where t.programme_id = :programme
				and (:group = 0 or exists (select 1 from training_group tg where tg.training_id = t.id and tg.group_id = :group))
				and (:member = 0 or exists (select 1 from training_group tg join group_member m on m.group_id = tg.group_id
				     where tg.training_id = t.id and m.user_id = :member and m.removed_at is null))
				""";
		long total = this.jdbc.sql("select count(*) " + where)
			.param("programme", programmeId)
			.param("group", (groupId != null) ? groupId : 0L)
			.param("member", (memberId != null) ? memberId : 0L)
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc
			.sql("select t.id " + where
					+ " order by t.held_on desc, t.starts_at desc, t.id limit :limit offset :offset")
			.param("programme", programmeId)
			.param("group", (groupId != null) ? groupId : 0L)
			.param("member", (memberId != null) ? memberId : 0L)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		Map<Long, List<String>> agendas = agendas(ids);
		List<Training> rows = this.jdbc
			.sql("select * from training where id in (:ids) order by held_on desc, starts_at desc, id")
			.param("ids", ids)
			.query((rs, n) -> map(rs, agendas))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The people invited to a session, by user id, one page at a time. */
	@Transactional(readOnly = true)
	public Page<Long> invited(long trainingId, Pageable pageable) {
		long total = this.jdbc.sql("select count(*) from (" + INVITED + ") i")
			.param("training", trainingId)
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc.sql("select i.user_id from (" + INVITED + """
				) i join app_user u on u.id = i.user_id order by u.display_name, u.id limit :limit offset :offset
				""")
			.param("training", trainingId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Long.class)
			.list();
		return new PageImpl<>(ids, pageable, total);
	}

	@Transactional(readOnly = true)
	public boolean isInvited(long trainingId, long userId) {
		return this.jdbc.sql("select exists (select 1 from (" + INVITED + ") i where i.user_id = :user)")
			.param("training", trainingId)
			.param("user", userId)
			.query(Boolean.class)
			.single();
	}

	/** Which of these people are invited to the session, in one query. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> invitedAmong(long trainingId, Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(
				this.jdbc.sql("select i.user_id from (" + INVITED + ") i where i.user_id in (:ids)")
					.param("training", trainingId)
					.param("ids", userIds)
					.query(Long.class)
					.list());
	}

	/** Who attended (true) or not (false); people without a record are missing. */
	@Transactional(readOnly = true)
	public Map<Long, Boolean> attendance(long trainingId) {
		Map<Long, Boolean> result = new HashMap<>();
		this.jdbc.sql("select user_id, attended from training_attendance where training_id = ?")
			.param(trainingId)
			.query((rs) -> {
				result.put(rs.getLong(1), rs.getBoolean(2));
			});
		return result;
	}

	/** How many attended, of how many records. */
	@Transactional(readOnly = true)
	public int[] attendanceCount(long trainingId) {
		return this.jdbc
			.sql("select count(*) filter (where attended), count(*) from training_attendance where training_id = ?")
			.param(trainingId)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/**
	 * Records who attended, for the invited people given (one page of the form).
	 * @throws StaleEditException when someone recorded attendance since the person opened
	 * the form
	 */
	public void recordAttendance(long trainingId, long expectedVersion, Map<Long, Boolean> attended, String who) {
		int updated = this.jdbc.sql("""
				update training set attendance_recorded_at = ?, attendance_version = attendance_version + 1
				where id = ? and attendance_version = ? and cancelled_at is null
				""").params(now(), trainingId, expectedVersion).update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		attended.forEach((userId, yes) -> this.jdbc.sql("""
				insert into training_attendance (training_id, user_id, attended, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?)
				on conflict (training_id, user_id) do update set attended = excluded.attended,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
				""").params(trainingId, userId, yes, who, now()).update());
	}

	/** Group titles by id, for the sessions' "for" line. */
	@Transactional(readOnly = true)
	public Map<Long, String> groupTitles(Collection<Long> groupIds) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (!groupIds.isEmpty()) {
			this.jdbc.sql("select id, title from mentoring_group where id in (:ids)")
				.param("ids", groupIds)
				.query((rs) -> {
					titles.put(rs.getLong(1), rs.getString(2));
				});
		}
		return titles;
	}

	private void agenda(long trainingId, List<String> items) {
		this.jdbc.sql("delete from training_agenda_item where training_id = ?").param(trainingId).update();
		for (int i = 0; i < items.size(); i++) {
			this.jdbc.sql("insert into training_agenda_item (training_id, position, title) values (?, ?, ?)")
				.params(trainingId, i + 1, items.get(i))
				.update();
		}
	}

	private Map<Long, List<String>> agendas(Collection<Long> trainingIds) {
		Map<Long, List<String>> result = new HashMap<>();
		this.jdbc.sql(
				"select training_id, title from training_agenda_item where training_id in (:ids) order by training_id, position")
			.param("ids", trainingIds)
			.query((rs) -> {
				result.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		return result;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Training map(ResultSet rs, Map<Long, List<String>> agendas) throws SQLException {
		long id = rs.getLong("id");
		TrainingData data = new TrainingData(rs.getString("title"), rs.getObject("held_on", LocalDate.class),
				rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
				rs.getString("time_zone"), TrainingMode.valueOf(rs.getString("mode")), rs.getString("meeting_link"),
				rs.getString("address"), agendas.getOrDefault(id, List.of()));
		return new Training(id, rs.getLong("programme_id"), (Long) rs.getObject("group_id"), data,
				instant(rs, "cancelled_at"), instant(rs, "attendance_recorded_at"), rs.getLong("attendance_version"),
				rs.getLong("version"));
	}

}
