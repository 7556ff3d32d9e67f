package org.citymentor.actionplan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.citymentor.actionplan.ActionPlans.Standing;
import org.citymentor.group.GroupDetails.Participant;
import org.citymentor.group.Journey;
import org.citymentor.group.JourneyBatch;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskActor;
import org.citymentor.group.TaskStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The action plan's steps on a group's task list: drafting the plan, its approval, and
 * the political commitment behind it. Each shows where the plans stand (version,
 * approved) and never their content or comments.
 */
@Configuration(proxyBeanMethods = false)
class ActionPlanSteps {

	@Bean
	JourneyStep actionPlanStep(ActionPlans plans, MessageSource messages) {
		return new Step("ACTION_PLAN", plans, messages) {

			@Override
			TaskStatus status(List<Standing> plans, int mentees) {
				if (plans.isEmpty()) {
					return TaskStatus.NOT_STARTED;
				}
				boolean all = plans.size() >= mentees && plans.stream().allMatch((s) -> s.latest() > 0);
				return all ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
			}

			@Override
			String detail(Standing own, Locale locale) {
				if (own.latest() == 0) {
					return message("plan.step.draft", locale);
				}
				return message("plan.step.version", locale, own.latest());
			}

		};
	}

	@Bean
	JourneyStep approvalStep(ActionPlans plans, MessageSource messages) {
		return new Step("APPROVAL", plans, messages) {

			@Override
			TaskStatus status(List<Standing> plans, int mentees) {
				if (plans.stream().noneMatch((s) -> s.latest() > 0)) {
					return TaskStatus.CANNOT_START_YET;
				}
				boolean all = plans.size() >= mentees && plans.stream().allMatch((s) -> s.approved() > 0);
				if (all) {
					return TaskStatus.COMPLETED;
				}
				return plans.stream().anyMatch((s) -> s.approved() > 0) ? TaskStatus.IN_PROGRESS
						: TaskStatus.NOT_STARTED;
			}

			@Override
			String detail(Standing own, Locale locale) {
				if (own.approved() == 0) {
					return null;
				}
				return message(own.amending() ? "plan.step.amending" : "plan.step.approved", locale, own.approved(),
						(own.approvedOn() != null) ? own.approvedOn()
							.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)) : "");
			}

		};
	}

	@Bean
	JourneyStep commitmentStep(ActionPlans plans, MessageSource messages) {
		return new Step("POLITICAL_COMMITMENT", plans, messages) {

			@Override
			TaskStatus status(List<Standing> plans, int mentees) {
				if (plans.isEmpty()) {
					return TaskStatus.CANNOT_START_YET;
				}
				boolean all = plans.size() >= mentees && plans.stream().allMatch((s) -> s.commitments() > 0);
				return all ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED;
			}

			@Override
			String detail(Standing own, Locale locale) {
				return (own.commitments() > 0) ? message("plan.step.commitments", locale, own.commitments()) : null;
			}

			@Override
			String anchor() {
				return "#commitment";
			}

		};
	}

	/**
	 * The plans of the batch's groups, loaded once for the action plan's steps and the
	 * monitoring.
	 */
	static Map<Long, List<Standing>> plans(JourneyBatch batch, ActionPlans plans) {
		return batch.shared(ActionPlans.class, plans::of);
	}

	/** One step: its status from the group's plans, a link to the viewer's own plan. */
	abstract static class Step implements JourneyStep {

		private final String key;

		private final ActionPlans plans;

		private final MessageSource messages;

		Step(String key, ActionPlans plans, MessageSource messages) {
			this.key = key;
			this.plans = plans;
			this.messages = messages;
		}

		abstract TaskStatus status(List<Standing> plans, int mentees);

		abstract String detail(Standing own, Locale locale);

		String anchor() {
			return "";
		}

		@Override
		public String key() {
			return this.key;
		}

		@Override
		public Map<Long, Map<String, Journey.Task>> tasks(JourneyBatch batch) {
			Map<Long, List<Standing>> all = plans(batch, this.plans);
			Locale locale = LocaleContextHolder.getLocale();
			return batch.eachTask((group) -> {
				List<Standing> standings = all.getOrDefault(group.id(), List.of());
				List<Participant> mentees = group.menteeCities();
				Long own = batch.viewer().participantIn(group.id()).orElse(null);
				Participant target = mentees.stream()
					.filter((p) -> Objects.equals(p.id(), own))
					.findFirst()
					.orElse(mentees.isEmpty() ? null : mentees.get(0));
				String link = (target != null)
						? "/groups/" + group.id() + "/participants/" + target.id() + "/action-plan" + anchor() : null;
				String detail = (target != null) ? standings.stream()
					.filter((s) -> s.participantId() == target.id())
					.findFirst()
					.map((s) -> detail(s, locale))
					.orElse(null) : null;
				return new Journey.Task(this.key, null, TaskActor.MENTEE,
						status(standings, Math.max(1, mentees.size())), null, link, detail);
			});
		}

		@Override
		public Map<Long, JourneyStep.Cell> overview(JourneyBatch batch) {
			Map<Long, List<Standing>> all = plans(batch, this.plans);
			Locale locale = LocaleContextHolder.getLocale();
			return batch.eachCell((group) -> {
				List<Standing> standings = all.getOrDefault(group.id(), List.of());
				String line = standings.isEmpty() ? null
						: (standings.size() == 1) ? detail(standings.get(0), locale) : message("plan.step.plans",
								locale, standings.size(), standings.stream().filter((s) -> s.latest() > 0).count());
				return new JourneyStep.Cell(status(standings, 1), line);
			});
		}

		String message(String key, Locale locale, Object... args) {
			return this.messages.getMessage(key, args, locale);
		}

	}

}
