package org.citymentor.supportnetwork;

import java.util.Map;
import java.util.Optional;

import org.citymentor.access.ViewerAccess;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.stereotype.Component;

/**
 * The "local support network" step of a group's journey. Its status comes from the
 * networks of the group's mentee cities (cities on the mentee side or on both sides):
 * <ul>
 * <li>{@code NOT_STARTED} while no mentee city has a member in its network;</li>
 * <li>{@code COMPLETED} when every mentee city has at least one member, one of them
 * representing migrants, and at least one logged meeting;</li>
 * <li>{@code IN_PROGRESS} in between.</li>
 * </ul>
 * Mentor cities may keep a network too; it does not count towards the status. The link
 * leads to the viewer's own city's network, else to the first mentee city's.
 */
@Component
class SupportNetworkStep implements JourneyStep {

	static final String KEY = "SUPPORT_NETWORK";

	private final SupportNetworks networks;

	SupportNetworkStep(SupportNetworks networks) {
		this.networks = networks;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, TaskStatus> statuses = this.networks.statuses(batch.groupIds());
		return batch.eachTask((group) -> new Journey.Task(KEY, null, TaskActor.MENTEE, statuses.get(group.id()), null,
				link(group, batch.viewer())));
	}

	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, TaskStatus> statuses = this.networks.statuses(batch.groupIds());
		return batch.eachCell((group) -> new JourneyStep.Cell(statuses.get(group.id()), null));
	}

	private static String link(JourneyBatch.Group group, ViewerAccess viewer) {
		Optional<GroupDetails.Participant> own = viewer.participantIn(group.id())
			.flatMap(group::participant)
			.filter(SupportNetworkStep::mayHaveNetwork);
		Optional<GroupDetails.Participant> target = own.or(() -> group.participants()
			.stream()
			.filter((p) -> mayHaveNetwork(p) && p.isMentee())
			.findFirst()
			.filter((p) -> viewer.mayViewGroup(group.id(), group.programmeId())));
		return target.map((p) -> path(group.id(), p.id())).orElse(null);
	}

	/** Cities keep a network, on either side; associations and facilitators do not. */
	static boolean mayHaveNetwork(GroupDetails.Participant participant) {
		return participant.role() == ParticipantRole.CITY;
	}

	static String path(long groupId, long participantId) {
		return "/groups/" + groupId + "/participants/" + participantId + "/support-network";
	}

}
