package org.citymentor.benchmark;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final MessageSource messages;

	BenchmarkStep(SelfAssessments assessments, Focus focus, JdbcClient jdbc, MessageSource messages) {
		this.assessments = assessments;
		this.focus = focus;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "BENCHMARK";
	}

	@Override
	public Journey.Task task(GroupDetails group, CurrentUser viewer) {
		List<Long> mentees = group.participants()
			.stream()
			.filter((p) -> p.isMentee() && p.role() == ParticipantRole.CITY)
			.map(GroupDetails.Participant::id)
			.toList();
		TaskStatus status = status(this.assessments.standings(List.of(group.id())).values(), Set.copyOf(mentees));
		List<String> titles = this.focus.focusTitles(mentees)
			.values()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.toList();
		String detail = titles.isEmpty() ? null : message("benchmark.journey.focusTitles", String.join("; ", titles));
		return new Journey.Task("BENCHMARK", null, TaskActor.MENTEE, status, null,
				"/groups/" + group.id() + "/benchmark", detail);
	}

	@Override
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, Set<Long>> mentees = mentees(groupIds);
		Map<Long, SelfAssessments.Standing> standings = this.assessments.standings(groupIds);
		Map<Long, TaskStatus> statuses = new HashMap<>();
		for (Long id : groupIds) {
			List<SelfAssessments.Standing> ofGroup = standings.values()
				.stream()
				.filter((s) -> s.groupId() == id)
				.toList();
			statuses.put(id, status(ofGroup, mentees.getOrDefault(id, Set.of())));
		}
		return statuses;
	}

	/** "focus: 3 key factors" per group, counted over its mentee cities. */
	@Override
	public Map<Long, String> details(Collection<Long> groupIds) {
		Map<Long, Set<Long>> mentees = mentees(groupIds);
		Map<Long, SelfAssessments.Standing> standings = this.assessments.standings(groupIds);
		Map<Long, String> details = new HashMap<>();
		for (Long id : groupIds) {
			int count = mentees.getOrDefault(id, Set.of())
				.stream()
				.map(standings::get)
				.filter(java.util.Objects::nonNull)
				.mapToInt(SelfAssessments.Standing::focus)
				.sum();
			if (count > 0) {
				details.put(id, message("benchmark.journey.focusCount", count));
			}
		}
		return details;
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

	/** The mentee cities of each group (one query). */
	private Map<Long, Set<Long>> mentees(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<Long>> mentees = new HashMap<>();
		this.jdbc.sql("""
				select group_id, id from group_participant
				where group_id in (:groups) and side in ('MENTEE', 'BOTH') and role = 'CITY'
				""")
			.param("groups", groupIds)
			.query((rs, row) -> Map.entry(rs.getLong("group_id"), rs.getLong("id")))
			.list()
			.forEach((e) -> mentees.computeIfAbsent(e.getKey(), (k) -> new java.util.HashSet<>()).add(e.getValue()));
		return mentees;
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
