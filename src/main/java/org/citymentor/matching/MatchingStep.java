package org.citymentor.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.access.Access;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Matching on the task list: a group that came from a call is matched when its match is
 * published (or accepted by both sides), in progress while drafted or proposed. A group
 * set up by hand keeps the old rule: matched when it has both sides.
 */
@Component
class MatchingStep implements JourneyStep {

	private final JdbcClient jdbc;

	private final Access access;

	private final MessageSource messages;

	MatchingStep(JdbcClient jdbc, Access access, MessageSource messages) {
		this.jdbc = jdbc;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "MATCHING";
	}

	private record State(long groupId, long callId, long applicationId, String status) {
	}

	private Map<Long, State> states(Collection<Long> groupIds) {
		Map<Long, State> states = new HashMap<>();
		if (groupIds.isEmpty()) {
			return states;
		}
		this.jdbc.sql("""
				select a.group_id, a.call_id, a.id, m.status from call_application a
				left join call_match m on m.mentee_application_id = a.id
				where a.group_id in (:ids) and a.side = 'MENTEE'
				""")
			.param("ids", groupIds)
			.query((rs, row) -> states.put(rs.getLong(1),
					new State(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))))
			.list();
		return states;
	}

	@Override
	public Journey.Task task(GroupDetails group, CurrentUser viewer) {
		State state = states(List.of(group.id())).get(group.id());
		if (state == null) {
			return new Journey.Task("MATCHING", null, TaskActor.COORDINATOR,
					bySides(group.participants()
						.stream()
						.filter((p) -> p.role() != ParticipantRole.FACILITATOR)
						.map(GroupDetails.Participant::side)
						.toList()),
					null, "#participants");
		}
		String link = this.access.coordinatesProgramme(viewer, group.programmeId())
				? "/calls/" + state.callId() + "/applications/" + state.applicationId() + "/suggestions"
				: "/calls/" + state.callId() + "/applications/" + state.applicationId();
		if (!this.access.coordinatesProgramme(viewer, group.programmeId())
				&& !this.access.actsFor(viewer, menteeOrganisation(group))) {
			link = null;
		}
		return new Journey.Task("MATCHING", null, TaskActor.COORDINATOR, status(state), null, link,
				detail(state.status()));
	}

	private long menteeOrganisation(GroupDetails group) {
		return group.participants()
			.stream()
			.filter(GroupDetails.Participant::isMentee)
			.map(GroupDetails.Participant::organisationId)
			.findFirst()
			.orElse(-1L);
	}

	@Override
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, State> states = states(groupIds);
		Map<Long, List<ParticipantSide>> sides = new HashMap<>();
		if (!groupIds.isEmpty()) {
			this.jdbc
				.sql("select group_id, side from group_participant where group_id in (:ids) and role <> 'FACILITATOR'")
				.param("ids", groupIds)
				.query((rs, row) -> sides.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>())
					.add(ParticipantSide.valueOf(rs.getString(2))))
				.list();
		}
		Map<Long, TaskStatus> statuses = new HashMap<>();
		for (Long id : groupIds) {
			State state = states.get(id);
			statuses.put(id, (state != null) ? status(state) : bySides(sides.getOrDefault(id, List.of())));
		}
		return statuses;
	}

	@Override
	public Map<Long, String> details(Collection<Long> groupIds) {
		Map<Long, String> details = new HashMap<>();
		states(groupIds).forEach((id, state) -> {
			String detail = detail(state.status());
			if (detail != null) {
				details.put(id, detail);
			}
		});
		return details;
	}

	private static TaskStatus status(State state) {
		if (state.status() == null) {
			return TaskStatus.NOT_STARTED;
		}
		return state.status().equals("PUBLISHED") ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	private static TaskStatus bySides(List<ParticipantSide> sides) {
		return Journey.matchingStatus(sides);
	}

	private String detail(String status) {
		if (status == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage("matching.status." + status, null, locale);
	}

}
