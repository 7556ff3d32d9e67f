package org.citymentor.mentorprofile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mentor profile on the task list: completed when every mentor of the group (its
 * city, or the association when it mentors itself) has a submitted profile.
 */
@Component
class MentorProfileStep implements JourneyStep {

	private final JdbcClient jdbc;

	MentorProfileStep(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "MENTOR_PROFILES";
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, TaskStatus> statuses = statuses(batch.groupIds());
		return batch.eachTask((group) -> {
			Long own = batch.viewer().participantIn(group.id()).orElse(null);
			List<GroupDetails.Participant> mentors = mentors(group);
			String link = mentors.stream()
				.filter((p) -> Objects.equals(p.id(), own))
				.findFirst()
				.or(() -> mentors.stream().findFirst())
				.map((p) -> "/organisations/" + p.organisationId() + "/mentor-profile")
				.orElse(null);
			return new Journey.Task(key(), null, TaskActor.MENTOR, statuses.get(group.id()), null, link);
		});
	}

	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, TaskStatus> statuses = statuses(batch.groupIds());
		return batch.eachCell((group) -> new JourneyStep.Cell(statuses.get(group.id()), null));
	}

	/** One query for all the groups. */
	private Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, TaskStatus> statuses = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return statuses;
		}
		this.jdbc
			.sql("""
					select p.group_id, count(*) as mentors, count(d.id) as started,
					       count(*) filter (where exists (select 1 from form_version v where v.document_id = d.id)) as submitted
					from group_participant p
					left join form_document d on d.organisation_id = p.organisation_id and d.kind = 'MENTOR_PROFILE'
					     and d.participant_id is null
					where p.group_id in (:groups) and p.side in ('MENTOR', 'BOTH')
					  and (p.role = 'CITY' or (p.role = 'ASSOCIATION' and not exists (
					       select 1 from group_participant c where c.group_id = p.group_id and c.side in ('MENTOR', 'BOTH') and c.role = 'CITY')))
					group by p.group_id
					""")
			.param("groups", groupIds)
			.query((rs, n) -> {
				long mentors = rs.getLong("mentors");
				TaskStatus status = (rs.getLong("submitted") == mentors) ? TaskStatus.COMPLETED
						: (rs.getLong("started") > 0) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
				statuses.put(rs.getLong("group_id"), status);
				return status;
			})
			.list();
		groupIds.forEach((id) -> statuses.putIfAbsent(id, TaskStatus.CANNOT_START_YET));
		return statuses;
	}

	private static List<GroupDetails.Participant> mentors(JourneyBatch.Group group) {
		List<GroupDetails.Participant> cities = group.participants()
			.stream()
			.filter((p) -> p.isMentor() && p.role() == ParticipantRole.CITY)
			.toList();
		return cities.isEmpty() ? group.participants()
			.stream()
			.filter((p) -> p.isMentor() && p.role() == ParticipantRole.ASSOCIATION)
			.toList() : cities;
	}

}
