package org.citymentor.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.access.ViewerAccess;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.ParticipantSide;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

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

	private final MessageSource messages;

	MatchingStep(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
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
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, State> states = states(batch.groupIds());
		ViewerAccess viewer = batch.viewer();
		return batch.eachTask((group) -> {
			State state = states.get(group.id());
			if (state == null) {
				return new Journey.Task("MATCHING", null, TaskActor.COORDINATOR, bySides(group.sides()), null,
						"#participants");
			}
			boolean coordinates = viewer.coordinates(group.programmeId());
			String application = "/calls/" + state.callId() + "/applications/" + state.applicationId();
			String link = coordinates ? application + "/suggestions"
					: viewer.actsFor(menteeOrganisation(group)) ? application : null;
			return new Journey.Task("MATCHING", null, TaskActor.COORDINATOR, status(state), null, link,
					detail(state.status()));
		});
	}

	private static long menteeOrganisation(JourneyBatch.Group group) {
		return group.participants()
			.stream()
			.filter(GroupDetails.Participant::isMentee)
			.map(GroupDetails.Participant::organisationId)
			.findFirst()
			.orElse(-1L);
	}

	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, State> states = states(batch.groupIds());
		return batch.eachCell((group) -> {
			State state = states.get(group.id());
			return (state != null) ? new JourneyStep.Cell(status(state), detail(state.status()))
					: new JourneyStep.Cell(bySides(group.sides()), null);
		});
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
