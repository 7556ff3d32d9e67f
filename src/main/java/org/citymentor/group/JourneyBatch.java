package org.citymentor.group;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.citymentor.access.ViewerAccess;

/**
 * The groups of one page for the journey steps ({@link JourneyStep}): a group's task
 * list, a person's groups on the home page, or a page of the coordinator's overview. It
 * carries what the page loaded already (each group's programme, status and participants),
 * the viewer of the task lists ({@link ViewerAccess#NOBODY} on the overview), and what
 * several steps read alike, loaded once ({@link #shared}). Each step loads its own data
 * for all the groups at once, so that a page runs the same number of queries whatever the
 * number of groups.
 */
public final class JourneyBatch {

	private final Map<Long, Group> groups = new LinkedHashMap<>();

	private final ViewerAccess viewer;

	private final Map<Object, Object> shared = new HashMap<>();

	JourneyBatch(Collection<Group> groups, ViewerAccess viewer) {
		groups.forEach((group) -> this.groups.put(group.id(), group));
		this.viewer = (viewer != null) ? viewer : ViewerAccess.NOBODY;
	}

	static JourneyBatch of(Collection<GroupDetails> groups, ViewerAccess viewer) {
		return new JourneyBatch(groups.stream()
			.map((g) -> new Group(g.id(), g.programmeId(), g.data().status(), g.participants()))
			.toList(), viewer);
	}

	/** The ids of the groups, in the page's order. */
	public Set<Long> groupIds() {
		return this.groups.keySet();
	}

	public Collection<Group> groups() {
		return this.groups.values();
	}

	/** Who reads the task lists; {@link ViewerAccess#NOBODY} on the overview. */
	public ViewerAccess viewer() {
		return this.viewer;
	}

	/**
	 * What several steps read alike for the batch's groups (e.g. the action plans),
	 * loaded by the first step that asks for it under {@code key}.
	 */
	@SuppressWarnings("unchecked")
	public <T> T shared(Object key, Function<Collection<Long>, T> load) {
		return (T) this.shared.computeIfAbsent(key, (k) -> load.apply(groupIds()));
	}

	/** One task per group, as most steps put on the list. */
	public Map<Long, Map<String, Journey.Task>> eachTask(Function<Group, Journey.Task> task) {
		Map<Long, Map<String, Journey.Task>> tasks = new LinkedHashMap<>();
		this.groups.values().forEach((group) -> {
			Journey.Task built = task.apply(group);
			tasks.put(group.id(), Map.of(built.key(), built));
		});
		return tasks;
	}

	/** One cell of the overview per group. */
	public Map<Long, JourneyStep.Cell> eachCell(Function<Group, JourneyStep.Cell> cell) {
		Map<Long, JourneyStep.Cell> cells = new LinkedHashMap<>();
		this.groups.values().forEach((group) -> cells.put(group.id(), cell.apply(group)));
		return cells;
	}

	/** What the steps know of a group without asking. */
	public record Group(long id, long programmeId, GroupStatus status, List<GroupDetails.Participant> participants) {

		public Group {
			participants = List.copyOf(participants);
		}

		public Optional<GroupDetails.Participant> participant(long participantId) {
			return this.participants.stream().filter((p) -> p.id() == participantId).findFirst();
		}

		/** Cities and associations with their side, facilitators left out. */
		public List<ParticipantSide> sides() {
			return this.participants.stream()
				.filter((p) -> p.role() != ParticipantRole.FACILITATOR)
				.map(GroupDetails.Participant::side)
				.toList();
		}

		/** The cities on the mentee side (or on both sides). */
		public List<GroupDetails.Participant> menteeCities() {
			return this.participants.stream().filter((p) -> p.isMentee() && p.role() == ParticipantRole.CITY).toList();
		}

	}

}
