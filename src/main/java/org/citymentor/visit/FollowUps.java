package org.citymentor.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next steps agreed at visits, each with an owner and a due date, listed on the
 * group's pages until someone marks them done. They come from confidential notes, so only
 * the group's members read them; coordinators see counts.
 */
@Service
@Transactional
public class FollowUps {

	private static final String SELECT = """
			select f.*, u.display_name as owner_name from follow_up f left join app_user u on u.id = f.owner_user_id
			""";

	private final JdbcClient jdbc;

	private final VisitAccess access;

	private final Clock clock;

	private final DisplayZone zone;

	FollowUps(JdbcClient jdbc, VisitAccess access, Clock clock, DisplayZone zone) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
		this.zone = zone;
	}

	/** Adds a follow-up agreed in a note; the page checked the title, owner and date. */
	public long add(long groupId, long visitId, Long noteId, String title, long ownerUserId, LocalDate dueOn,
			CurrentUser by) {
		return this.jdbc.sql("""
				insert into follow_up (group_id, visit_id, note_id, title, owner_user_id, due_on, created_by_id,
				    created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(groupId, visitId, noteId, title, ownerUserId, dueOn, by.id(), by.displayName(), now())
			.query(Long.class)
			.single();
	}

	/** The open follow-ups of a group, the earliest due first. */
	@Transactional(readOnly = true)
	public List<FollowUp> open(long groupId) {
		return this.jdbc.sql(SELECT + " where f.group_id = ? and f.done_at is null order by f.due_on, f.id")
			.param(groupId)
			.query(this::map)
			.list();
	}

	/** The follow-ups agreed in one note, done ones included. */
	@Transactional(readOnly = true)
	public List<FollowUp> ofNote(long noteId) {
		return this.jdbc.sql(SELECT + " where f.note_id = ? order by f.due_on, f.id")
			.param(noteId)
			.query(this::map)
			.list();
	}

	/**
	 * Marks a follow-up of this group done (again: nothing changes).
	 * @return false when the group has no follow-up with this id
	 */
	public boolean markDone(long groupId, long followUpId, CurrentUser by) {
		boolean exists = this.jdbc.sql("select exists (select 1 from follow_up where id = ? and group_id = ?)")
			.params(followUpId, groupId)
			.query(Boolean.class)
			.single();
		if (exists) {
			this.jdbc.sql("update follow_up set done_at = ?, done_by = ? where id = ? and done_at is null")
				.params(now(), by.displayName(), followUpId)
				.update();
		}
		return exists;
	}

	/**
	 * What the follow-ups part of a group or visit page shows this person: members read
	 * the open follow-ups; others who see the group only how many are open and overdue.
	 */
	@Transactional(readOnly = true)
	public FollowUpsOfGroup viewOf(long groupId, CurrentUser user) {
		if (user == null || !this.access.mayRead(user, groupId)) {
			return new FollowUpsOfGroup(false, false, List.of(), 0, 0);
		}
		List<FollowUp> open = open(groupId);
		int overdue = (int) open.stream().filter(FollowUp::overdue).count();
		boolean member = this.access.isMember(user, groupId);
		return new FollowUpsOfGroup(true, member, member ? open : List.of(), open.size(), overdue);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone.zone()));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private FollowUp map(ResultSet rs, int row) throws SQLException {
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		Timestamp done = rs.getTimestamp("done_at");
		return new FollowUp(rs.getLong("id"), rs.getLong("group_id"), (Long) rs.getObject("visit_id", Long.class),
				(Long) rs.getObject("note_id", Long.class), rs.getString("title"),
				(Long) rs.getObject("owner_user_id", Long.class), rs.getString("owner_name"), due,
				(done != null) ? done.toInstant() : null, rs.getString("done_by"),
				done == null && due.isBefore(today()));
	}

	/**
	 * The follow-ups of a group as one person may see them.
	 *
	 * @param visible whether the person sees the group at all
	 * @param member members read the items and mark them done
	 * @param items the open follow-ups (empty for non-members)
	 */
	public record FollowUpsOfGroup(boolean visible, boolean member, List<FollowUp> items, int openCount,
			int overdueCount) {
	}

}
