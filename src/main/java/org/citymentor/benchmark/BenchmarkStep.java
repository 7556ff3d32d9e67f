package org.citymentor.benchmark;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Common ground and self-assessment" on the task list, from the mentee cities: not
 * started until one of them saves a draft, completed when every one submitted an
 * assessment and chose its focus. The task shows the chosen focus.
 */
@Component
class BenchmarkStep implements JourneyStep {

	private final SelfAssessments assessments;

	private final Focus focus;

	private final MessageSource messages;

	BenchmarkStep(SelfAssessments assessments, Focus focus, MessageSource messages) {
		this.assessments = assessments;
		this.focus = focus;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "BENCHMARK";
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, SelfAssessments.Standing> standings = this.assessments.standings(batch.groupIds());
		Map<Long, List<String>> focusTitles = this.focus
			.focusTitles(batch.groups().stream().flatMap((group) -> mentees(group).stream()).toList());
		return batch.eachTask((group) -> {
			Set<Long> mentees = mentees(group);
			List<String> titles = mentees.stream()
				.sorted()
				.flatMap((id) -> focusTitles.getOrDefault(id, List.of()).stream())
				.distinct()
				.toList();
			String detail = titles.isEmpty() ? null
					: message("benchmark.journey.focusTitles", String.join("; ", titles));
			return new Journey.Task("BENCHMARK", null, TaskActor.MENTEE, status(standings.values(), mentees), null,
					"/groups/" + group.id() + "/benchmark", detail);
		});
	}

	/** The status, and "focus: 3 key factors" counted over the group's mentee cities. */
	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, SelfAssessments.Standing> standings = this.assessments.standings(batch.groupIds());
		return batch.eachCell((group) -> {
			Set<Long> mentees = mentees(group);
			int count = mentees.stream()
				.map(standings::get)
				.filter(java.util.Objects::nonNull)
				.mapToInt(SelfAssessments.Standing::focus)
				.sum();
			return new JourneyStep.Cell(status(standings.values(), mentees),
					(count > 0) ? message("benchmark.journey.focusCount", count) : null);
		});
	}

	static TaskStatus status(Collection<SelfAssessments.Standing> standings, Set<Long> mentees) {
		List<SelfAssessments.Standing> ofMentees = standings.stream()
			.filter((s) -> mentees.contains(s.participantId()))
			.toList();
		boolean allDone = !mentees.isEmpty() && ofMentees.size() == mentees.size()
				&& ofMentees.stream().allMatch((s) -> s.hasSubmitted() && s.focus() > 0);
		if (allDone) {
			return TaskStatus.COMPLETED;
		}
		boolean started = ofMentees.stream().anyMatch((s) -> s.hasDraft() || s.hasSubmitted());
		return started ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
	}

	/** The group's mentee cities (participant ids). */
	private static Set<Long> mentees(JourneyBatch.Group group) {
		return group.menteeCities()
			.stream()
			.map(GroupDetails.Participant::id)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
