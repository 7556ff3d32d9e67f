package org.citymentor.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.programme.ProgrammeStep;

/**
 * The journey of a group as a task list: the steps its programme uses, in the guide's
 * order, each with who must act and a status derived from the group's data. A step whose
 * feature is not built yet says so instead of linking nowhere.
 */
public final class Journey {

	private Journey() {
	}

	public static List<Task> of(Set<ProgrammeStep> steps, int visits, GroupDetails group) {
		return of(steps, visits, group, Map.of());
	}

	/**
	 * The task list with the steps that feature modules answer for ({@link JourneyStep})
	 * taking the place of "not available yet".
	 */
	public static List<Task> of(Set<ProgrammeStep> steps, int visits, GroupDetails group, Map<String, Task> built) {
		List<Task> tasks = new ArrayList<>();
		for (ProgrammeStep step : ProgrammeStep.values()) {
			if (!steps.contains(step)) {
				continue;
			}
			switch (step) {
				case BENCHMARK -> tasks.add(built.getOrDefault("BENCHMARK", later("BENCHMARK", TaskActor.MENTEE)));
				case NEEDS_ANALYSIS -> tasks.add(built.getOrDefault("NEEDS_ANALYSIS",
						later("NEEDS_ANALYSIS", TaskActor.MENTEE_AND_ASSOCIATION)));
				case MENTOR_PROFILES ->
					tasks.add(built.getOrDefault("MENTOR_PROFILES", later("MENTOR_PROFILES", TaskActor.MENTOR)));
				case MATCHING -> tasks.add(built.getOrDefault("MATCHING", matching(group)));
				case TRAINING -> tasks.add(built.getOrDefault("TRAINING", later("TRAINING", TaskActor.COORDINATOR)));
				case SUPPORT_NETWORK ->
					tasks.add(built.getOrDefault("SUPPORT_NETWORK", later("SUPPORT_NETWORK", TaskActor.MENTEE)));
				case POLITICAL_COMMITMENT -> tasks
					.add(built.getOrDefault("POLITICAL_COMMITMENT", later("POLITICAL_COMMITMENT", TaskActor.MENTEE)));
				case VISITS -> {
					List<Task> planned = built.entrySet()
						.stream()
						.filter((e) -> e.getKey().startsWith("VISIT#"))
						.map(Map.Entry::getValue)
						.sorted(java.util.Comparator.comparing((Task t) -> (t.number() != null) ? t.number() : 0))
						.toList();
					if (!planned.isEmpty()) {
						tasks.addAll(planned);
					}
					else if (built.containsKey("VISITS")) {
						tasks.add(built.get("VISITS"));
					}
					else {
						for (int number = 1; number <= Math.max(visits, 1); number++) {
							tasks.add(new Task("VISIT", number, TaskActor.BOTH_SIDES, TaskStatus.NOT_AVAILABLE_YET,
									null, null));
						}
					}
					if (built.containsKey("MEETINGS")) {
						tasks.add(built.get("MEETINGS"));
					}
				}
				case ACTION_PLAN -> {
					tasks.add(built.getOrDefault("ACTION_PLAN", later("ACTION_PLAN", TaskActor.MENTEE)));
					tasks.add(built.getOrDefault("APPROVAL", later("APPROVAL", TaskActor.MENTEE)));
				}
				case MONITORING ->
					tasks.add(built.getOrDefault("MONITORING", later("MONITORING", TaskActor.BOTH_SIDES)));
				case EVALUATION ->
					tasks.add(built.getOrDefault("EVALUATION", later("EVALUATION", TaskActor.BOTH_SIDES)));
			}
		}
		return tasks;
	}

	/**
	 * Matching is done when the group has both sides: a mentee and a mentor, or, in a
	 * community of practice, at least two organisations that both give and learn.
	 */
	static Task matching(GroupDetails group) {
		List<ParticipantSide> sides = group.participants()
			.stream()
			.filter((p) -> p.role() != ParticipantRole.FACILITATOR)
			.map(GroupDetails.Participant::side)
			.toList();
		return new Task("MATCHING", null, TaskActor.COORDINATOR, matchingStatus(sides), null, "#participants");
	}

	/**
	 * Matching status from the sides of the cities and associations (facilitators left
	 * out).
	 */
	public static TaskStatus matchingStatus(List<ParticipantSide> sides) {
		long mentees = sides.stream().filter((side) -> side != ParticipantSide.MENTOR).count();
		long mentors = sides.stream().filter((side) -> side != ParticipantSide.MENTEE).count();
		boolean communityOfPractice = sides.contains(ParticipantSide.BOTH);
		boolean complete = communityOfPractice ? sides.size() >= 2 : mentees > 0 && mentors > 0;
		if (complete) {
			return TaskStatus.COMPLETED;
		}
		return sides.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
	}

	private static Task later(String key, TaskActor actor) {
		return new Task(key, null, actor, TaskStatus.NOT_AVAILABLE_YET, null, null);
	}

	/**
	 * One line of the task list. {@code key} names it ({@code journey.task.<key>}),
	 * {@code number} counts repeated steps (visit 1, 2, 3), {@code link} is where to act,
	 * null when there is nowhere to go yet.
	 */
	/**
	 * One step on the task list.
	 *
	 * @param detail a short line under the status in the viewer's language, e.g. "version
	 * 2, approved" (null for none)
	 */
	public record Task(String key, Integer number, TaskActor actor, TaskStatus status, LocalDate date, String link,
			String detail) {

		public Task(String key, Integer number, TaskActor actor, TaskStatus status, LocalDate date, String link) {
			this(key, number, actor, status, date, link, null);
		}

	}

}
