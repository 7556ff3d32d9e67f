package org.citymentor.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a visit, and after it who came. Names are kept as they were chosen,
 * so the list still reads well when someone leaves the group.
 */
@Service
@Transactional
public class VisitParticipants {

	private final JdbcClient jdbc;

	VisitParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** People of the group first, then members of support networks, then guests. */
	@Transactional(readOnly = true)
	public List<VisitParticipant> of(long visitId) {
		return this.jdbc.sql("""
				select * from visit_participant where visit_id = ?
				order by case kind when 'MEMBER' then 0 when 'NETWORK' then 1 else 2 end, lower(name), id
				""").param(visitId).query(VisitParticipants::map).list();
	}

	@Transactional(readOnly = true)
	public boolean isParticipant(long visitId, long userId) {
		return this.jdbc.sql("select exists (select 1 from visit_participant where visit_id = ? and user_id = ?)")
			.params(visitId, userId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Sets which people of the group take part: adds the chosen ones who are not yet in,
	 * removes the others.
	 * @param chosen account id → name and organisation to show
	 */
	public void setMembers(long visitId, Map<Long, Named> chosen) {
		sync(visitId, VisitParticipant.Kind.MEMBER, "user_id", chosen);
	}

	/**
	 * Sets which members of the support networks take part.
	 * @param chosen network member id → name and organisation to show
	 */
	public void setNetworkMembers(long visitId, Map<Long, Named> chosen) {
		sync(visitId, VisitParticipant.Kind.NETWORK, "network_member_id", chosen);
	}

	private void sync(long visitId, VisitParticipant.Kind kind, String column, Map<Long, Named> chosen) {
		Set<Long> present = this.jdbc
			.sql("select " + column + " from visit_participant where visit_id = ? and kind = ?")
			.params(visitId, kind.name())
			.query(Long.class)
			.set();
		for (Long gone : present) {
			if (!chosen.containsKey(gone)) {
				this.jdbc.sql("delete from visit_participant where visit_id = ? and " + column + " = ?")
					.params(visitId, gone)
					.update();
			}
		}
		chosen.forEach((id, named) -> {
			if (!present.contains(id)) {
				this.jdbc
					.sql("insert into visit_participant (visit_id, kind, " + column
							+ ", name, organisation) values (?, ?, ?, ?, ?)")
					.params(visitId, kind.name(), id, named.name(), named.organisation())
					.update();
			}
		});
	}

	public long addGuest(long visitId, String name, String organisation) {
		return this.jdbc.sql("""
				insert into visit_participant (visit_id, kind, name, organisation) values (?, 'GUEST', ?, ?)
				returning id
				""").params(visitId, name, organisation).query(Long.class).single();
	}

	/** Removes a participant of this visit; false for an id of another visit. */
	public boolean remove(long visitId, long participantId) {
		return this.jdbc.sql("delete from visit_participant where id = ? and visit_id = ?")
			.params(participantId, visitId)
			.update() > 0;
	}

	/**
	 * Records who came: participant id → attended. Ids of other visits are ignored;
	 * participants left out keep what was recorded.
	 */
	public void attendance(long visitId, Map<Long, Boolean> attended) {
		attended.forEach(
				(id, came) -> this.jdbc.sql("update visit_participant set attended = ? where id = ? and visit_id = ?")
					.params(came, id, visitId)
					.update());
	}

	/** The account ids among the participants of a visit. */
	@Transactional(readOnly = true)
	public Set<Long> accounts(long visitId) {
		return of(visitId).stream()
			.filter(VisitParticipant::isMember)
			.map(VisitParticipant::userId)
			.collect(Collectors.toSet());
	}

	/** The network member ids among the participants of a visit. */
	@Transactional(readOnly = true)
	public Set<Long> networkMembers(long visitId) {
		return of(visitId).stream()
			.filter(VisitParticipant::isNetwork)
			.map(VisitParticipant::networkMemberId)
			.collect(Collectors.toSet());
	}

	static VisitParticipant map(ResultSet rs, int row) throws SQLException {
		return new VisitParticipant(rs.getLong("id"), rs.getLong("visit_id"),
				VisitParticipant.Kind.valueOf(rs.getString("kind")), (Long) rs.getObject("user_id"),
				(Long) rs.getObject("network_member_id"), rs.getString("name"), rs.getString("organisation"),
				(Boolean) rs.getObject("attended"));
	}

	/** A name and organisation to show for a participant. */
	public record Named(String name, String organisation) {
	}

}
