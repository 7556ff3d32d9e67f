package org.citymentor.actionplan;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citymentor.access.Access;
import org.citymentor.actionplan.ActionPlans.Standing;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "monitoring" step of a group's journey, from the approved plans of its mentee
 * cities:
 * <ul>
 * <li>{@code CANNOT_START_YET} while no plan is approved;</li>
 * <li>{@code NOT_STARTED} while no update was logged on an approved plan;</li>
 * <li>{@code IN_PROGRESS} once updates are logged;</li>
 * <li>{@code COMPLETED} when every action of every approved plan is done or dropped.</li>
 * </ul>
 * The link leads to the monitoring of the viewer's own plan, else of the group's first
 * plan with a submitted version.
 */
@Component
public class MonitoringStep implements JourneyStep {

	static final String KEY = "MONITORING";

	private final ActionPlans plans;

	private final PlanProgress progress;

	private final Access access;

	private final MessageSource messages;

	MonitoringStep(ActionPlans plans, PlanProgress progress, Access access, MessageSource messages) {
		this.plans = plans;
		this.progress = progress;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public Journey.Task task(GroupDetails group, CurrentUser viewer) {
		List<Standing> standings = this.plans.of(List.of(group.id())).getOrDefault(group.id(), List.of());
		TaskStatus status = status(standings, summaries(standings));
		Long own = this.access.memberParticipantId(viewer, group.id()).orElse(null);
		Optional<Standing> target = standings.stream()
			.filter((s) -> s.latest() > 0 && Objects.equals(s.participantId(), own))
			.findFirst()
			.or(() -> standings.stream().filter((s) -> s.latest() > 0).findFirst());
		return new Journey.Task(KEY, null, TaskActor.BOTH_SIDES, status, null,
				target.map((s) -> path(group.id(), s.participantId())).orElse(null),
				detail(group, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
	}

	/**
	 * Two queries for all the groups: their plans, then the latest status of each action.
	 */
	@Override
	public Map<Long, TaskStatus> statuses(Collection<Long> groupIds) {
		Map<Long, List<Standing>> standings = this.plans.of(groupIds);
		Map<Long, PlanMonitoring.Summary> summaries = summaries(
				standings.values().stream().flatMap(List::stream).toList());
		return groupIds.stream()
			.distinct()
			.collect(Collectors.toMap((id) -> id, (id) -> status(standings.getOrDefault(id, List.of()), summaries)));
	}

	private Map<Long, PlanMonitoring.Summary> summaries(List<Standing> standings) {
		return this.progress
			.summaries(standings.stream().filter((s) -> s.approved() > 0).map(Standing::documentId).toList());
	}

	/**
	 * The line under the status on the group's task list, e.g. "3 of 7 actions done, 1
	 * delayed", over the group's approved plans; null before any approval. (To pass as
	 * the task's detail once {@code Journey.Task} carries one.)
	 */
	public String detail(GroupDetails group, Locale locale) {
		List<Standing> standings = this.plans.of(List.of(group.id())).getOrDefault(group.id(), List.of());
		List<PlanMonitoring.Summary> approved = List.copyOf(summaries(standings).values());
		if (approved.isEmpty()) {
			return null;
		}
		return line(approved, locale);
	}

	@Override
	public Map<Long, String> details(Collection<Long> groupIds) {
		Map<Long, List<Standing>> all = this.plans.of(groupIds);
		Map<Long, PlanMonitoring.Summary> summaries = summaries(all.values().stream().flatMap(List::stream).toList());
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<Long, String> details = new java.util.HashMap<>();
		all.forEach((groupId, standings) -> {
			List<PlanMonitoring.Summary> approved = standings.stream()
				.map((s) -> summaries.get(s.documentId()))
				.filter(Objects::nonNull)
				.toList();
			if (!approved.isEmpty()) {
				details.put(groupId, line(approved, locale));
			}
		});
		return details;
	}

	private String line(List<PlanMonitoring.Summary> approved, Locale locale) {
		int done = approved.stream().mapToInt(PlanMonitoring.Summary::done).sum();
		int actions = approved.stream().mapToInt(PlanMonitoring.Summary::actions).sum();
		int delayed = approved.stream().mapToInt(PlanMonitoring.Summary::delayed).sum();
		return this.messages.getMessage("planMonitoring.summary", new Object[] { done, actions, delayed }, locale);
	}

	static TaskStatus status(List<Standing> standings, Map<Long, PlanMonitoring.Summary> summaries) {
		List<PlanMonitoring.Summary> approved = standings.stream()
			.filter((s) -> s.approved() > 0)
			.map((s) -> summaries.get(s.documentId()))
			.filter(Objects::nonNull)
			.toList();
		if (approved.isEmpty()) {
			return TaskStatus.CANNOT_START_YET;
		}
		if (approved.stream().allMatch(PlanMonitoring.Summary::finished)) {
			return TaskStatus.COMPLETED;
		}
		return approved.stream().anyMatch((s) -> s.updates() > 0) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
	}

	static String path(long groupId, long participantId) {
		return "/groups/" + groupId + "/participants/" + participantId + "/action-plan/monitoring";
	}

}
