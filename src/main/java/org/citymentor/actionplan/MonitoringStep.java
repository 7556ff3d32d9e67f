package org.citymentor.actionplan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.citymentor.actionplan.ActionPlans.Standing;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	MonitoringStep(ActionPlans plans, PlanProgress progress, MessageSource messages) {
		this.plans = plans;
		this.progress = progress;
		this.messages = messages;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
		Map<Long, List<Standing>> all = ActionPlanSteps.plans(batch, this.plans);
		Map<Long, PlanMonitoring.Summary> summaries = summaries(all);
		Locale locale = LocaleContextHolder.getLocale();
		return batch.eachTask((group) -> {
			List<Standing> standings = all.getOrDefault(group.id(), List.of());
			Long own = batch.viewer().participantIn(group.id()).orElse(null);
			Optional<Standing> target = standings.stream()
				.filter((s) -> s.latest() > 0 && Objects.equals(s.participantId(), own))
				.findFirst()
				.or(() -> standings.stream().filter((s) -> s.latest() > 0).findFirst());
			return new Journey.Task(KEY, null, TaskActor.BOTH_SIDES, status(standings, summaries), null,
					target.map((s) -> path(group.id(), s.participantId())).orElse(null),
					detail(standings, summaries, locale));
		});
	}

	/**
	 * The status, and e.g. "3 of 7 actions done, 1 delayed" over the group's approved
	 * plans (none before any approval): two queries for all the groups, their plans
	 * (shared with the action plan's steps) and the latest status of each action.
	 */
	@Override
	public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
		Map<Long, List<Standing>> all = ActionPlanSteps.plans(batch, this.plans);
		Map<Long, PlanMonitoring.Summary> summaries = summaries(all);
		Locale locale = LocaleContextHolder.getLocale();
		return batch.eachCell((group) -> {
			List<Standing> standings = all.getOrDefault(group.id(), List.of());
			return new JourneyStep.Cell(status(standings, summaries), detail(standings, summaries, locale));
		});
	}

	private Map<Long, PlanMonitoring.Summary> summaries(Map<Long, List<Standing>> all) {
		return this.progress.summaries(all.values()
			.stream()
			.flatMap(List::stream)
			.filter((s) -> s.approved() > 0)
			.map(Standing::documentId)
			.toList());
	}

	private String detail(List<Standing> standings, Map<Long, PlanMonitoring.Summary> summaries, Locale locale) {
		List<PlanMonitoring.Summary> approved = standings.stream()
			.map((s) -> summaries.get(s.documentId()))
			.filter(Objects::nonNull)
			.toList();
		return approved.isEmpty() ? null : line(approved, locale);
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
