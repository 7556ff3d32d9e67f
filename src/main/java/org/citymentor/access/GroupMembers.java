package org.citymentor.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a group, each for one participant organisation. Removing someone ends
 * their membership but keeps the row, so what they contributed stays attributed to them.
 */
@Service
public class GroupMembers {

	private final JdbcClient jdbc;

	private final Clock clock;

	GroupMembers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds the person; if they are already a member, their participant and role are
	 * updated.
	 */
	@Transactional
	public void add(long groupId, long participantId, long userId, MemberRole role) {
		int updated = this.jdbc.sql("""
				update group_member set participant_id = ?, role = ?
				where group_id = ? and user_id = ? and removed_at is null
				""").params(participantId, role.name(), groupId, userId).update();
		if (updated == 0) {
			this.jdbc.sql(
					"insert into group_member (group_id, participant_id, user_id, role, joined_at) values (?, ?, ?, ?, ?)")
				.params(groupId, participantId, userId, role.name(), Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	/** Ends a membership; the member id must belong to the group. */
	@Transactional
	public Optional<Long> remove(long groupId, long memberId) {
		Optional<Long> userId = this.jdbc
			.sql("select user_id from group_member where id = ? and group_id = ? and removed_at is null")
			.params(memberId, groupId)
			.query(Long.class)
			.optional();
		userId.ifPresent((id) -> this.jdbc.sql("update group_member set removed_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), memberId)
			.update());
		return userId;
	}

	@Transactional(readOnly = true)
	public List<Member> of(long groupId) {
		return this.jdbc.sql("""
				select id, participant_id, user_id, role, joined_at from group_member
				where group_id = ? and removed_at is null order by joined_at, id
				""")
			.param(groupId)
			.query((rs, row) -> new Member(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("user_id"),
					MemberRole.valueOf(rs.getString("role")), rs.getTimestamp("joined_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public boolean hasMembers(long participantId) {
		return this.jdbc
			.sql("select exists (select 1 from group_member where participant_id = ? and removed_at is null)")
			.param(participantId)
			.query(Boolean.class)
			.single();
	}

	/** A current member of a group. */
	public record Member(long id, long participantId, long userId, MemberRole role, Instant joinedAt) {
	}

}
