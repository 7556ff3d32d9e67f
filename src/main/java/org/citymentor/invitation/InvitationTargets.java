package org.citymentor.invitation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an invitation points at: a group and its participants, a programme. Read with
 * plain SQL rather than through the group and programme services, so that their pages can
 * list invitations without a cycle between the modules.
 */
@Component
class InvitationTargets {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	InvitationTargets(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	Optional<GroupTarget> group(long groupId) {
		return this.jdbc.sql("""
				select g.id, g.programme_id, g.title, p.name from mentoring_group g
				join programme p on p.id = g.programme_id where g.id = ?
				""")
			.param(groupId)
			.query((rs, row) -> new GroupTarget(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	Optional<String> programmeName(long programmeId) {
		return this.jdbc.sql("select name from programme where id = ?")
			.param(programmeId)
			.query(String.class)
			.optional();
	}

	/** The organisations taking part in the group, in the order they were added. */
	List<InvitableParticipant> participants(long groupId) {
		List<InvitableParticipant> rows = this.jdbc
			.sql("select id, organisation_id, side from group_participant where group_id = ? order by id")
			.param(groupId)
			.query((rs, row) -> new InvitableParticipant(rs.getLong(1), rs.getLong(2), "", rs.getString(3)))
			.list();
		Map<Long, OrganisationSummary> names = this.organisations
			.summaries(rows.stream().map(InvitableParticipant::organisationId).distinct().toList());
		return rows.stream()
			.map((p) -> new InvitableParticipant(p.id(), p.organisationId(), nameOf(names, p.organisationId()),
					p.side()))
			.toList();
	}

	Optional<InvitableParticipant> participant(long groupId, long participantId) {
		return participants(groupId).stream().filter((p) -> p.id() == participantId).findFirst();
	}

	private static String nameOf(Map<Long, OrganisationSummary> names, long organisationId) {
		OrganisationSummary summary = names.get(organisationId);
		return (summary != null) ? summary.name() : "";
	}

	/** A group as an invitation names it. */
	record GroupTarget(long id, long programmeId, String title, String programmeName) {
	}

}
