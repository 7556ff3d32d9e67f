package org.citymentor.actionplan;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.citymentor.access.Access;
import org.citymentor.activity.Activities;
import org.citymentor.activity.ActivityKind;
import org.citymentor.form.Answer;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormRoutes;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormScope.Crumb;
import org.citymentor.form.FormScope.Permissions;
import org.citymentor.form.FormScope.Viewer;
import org.citymentor.form.FormScopes;
import org.citymentor.form.FormVersions;
import org.citymentor.form.Question;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupDetails.Participant;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.needs.NeedsAnalysisQuestions;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The action plan of a mentee city in a group. Its members in the group edit it; the
 * group's other members (the mentor) read the draft once shared, comment and observe;
 * coordinators read submitted versions only.
 */
@Component
public class ActionPlanForm implements FormScopes {

	private final Groups groups;

	private final Programmes programmes;

	private final Organisations organisations;

	private final FormDocuments documents;

	private final FormVersions versions;

	private final PlanSnapshots snapshots;

	private final ActionPlans plans;

	private final Access access;

	private final Activities activities;

	private final MessageSource messages;

	private final org.springframework.context.ApplicationEventPublisher publisher;

	ActionPlanForm(org.springframework.context.ApplicationEventPublisher publisher, Groups groups,
			Programmes programmes, Organisations organisations, FormDocuments documents, FormVersions versions,
			PlanSnapshots snapshots, ActionPlans plans, Access access, Activities activities, MessageSource messages) {
		this.groups = groups;
		this.programmes = programmes;
		this.organisations = organisations;
		this.documents = documents;
		this.versions = versions;
		this.snapshots = snapshots;
		this.plans = plans;
		this.access = access;
		this.activities = activities;
		this.messages = messages;
		this.publisher = publisher;
	}

	@Override
	public String route() {
		return FormRoutes.ACTION_PLAN;
	}

	@Override
	public FormScope resolve(Map<String, String> path, CurrentUser user, Locale locale) {
		return resolve(number(path.get("groupId")), number(path.get("participantId")), user, locale);
	}

	/** 404 for whoever may not see the group or when the participant has no plan. */
	public FormScope resolve(long groupId, long participantId, CurrentUser user, Locale locale) {
		return resolveInGroup(groupId, participantId, user, locale).scope();
	}

	/** The same, with the group read on the way, for pages that show it too. */
	public Resolved resolveInGroup(long groupId, long participantId, CurrentUser user, Locale locale) {
		// a member sees the group: one look-up answers both questions for most viewers
		Long viewerParticipant = this.access.memberParticipantId(user, groupId).orElse(null);
		if (viewerParticipant == null) {
			this.access.requireViewGroup(user, groupId);
		}
		GroupDetails group = this.groups.details(groupId);
		Participant participant = group.participant(participantId)
			.filter((p) -> p.isMentee() && p.role() == ParticipantRole.CITY)
			.orElseThrow(NotFoundException::new);
		boolean owner = Objects.equals(viewerParticipant, participantId);
		boolean member = viewerParticipant != null;
		List<Long> orgIds = new ArrayList<>(group.participants().stream().map(Participant::organisationId).toList());
		Map<Long, OrganisationSummary> names = this.organisations.summaries(orgIds);
		String city = names.get(participant.organisationId()).name();
		String programme = this.programmes.details(group.programmeId()).data().name();
		String base = "/groups/" + groupId + "/participants/" + participantId + "/action-plan";
		FormDocument document = this.documents.ofParticipant(FormKind.ACTION_PLAN, participantId).orElse(null);
		Viewer viewer = new Viewer(user.id(), user.displayName(), (viewerParticipant != null)
				? group.participant(viewerParticipant).map(Participant::organisationId).orElse(null) : null);
		return new Resolved(new FormScope(ActionPlanQuestions.DEFINITION, base,
				this.messages.getMessage("form.ACTION_PLAN.title", null, locale), city + " – " + group.data().title(),
				List.of(new Crumb(programme, "/programmes/" + group.programmeId()),
						new Crumb(group.data().title(), "/groups/" + groupId)),
				document, () -> this.plans.open(groupId, participantId, participant.organisationId()),
				new Permissions(owner, member, owner, owner, member && !owner), viewer,
				new LazyOptions(() -> Map.of("needs", needOptions(participantId, locale))), List.of(),
				new Events(group, city, user, base),
				names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().name()))),
				group);
	}

	/** A plan's form scope and the group it belongs to. */
	public record Resolved(FormScope scope, GroupDetails group) {
	}

	/**
	 * The needs-analysis questions a plan can answer, each with the start of the mentee's
	 * latest submitted answer so the person sees which need it is.
	 */
	private List<Option> needOptions(long participantId, Locale locale) {
		Map<String, Answer> latest = this.versions.latestAnswers(FormKind.NEEDS_ANALYSIS, participantId);
		List<Option> options = new ArrayList<>();
		for (Question q : NeedsAnalysisQuestions.DEFINITION.questions()) {
			String label = this.messages.getMessage("form.NEEDS_ANALYSIS." + q.key(), null, locale);
			Answer answer = latest.get(q.key());
			if (answer != null && answer.text() != null && !answer.text().isBlank()) {
				String text = answer.text().strip();
				label = label + " – “" + ((text.length() > 90) ? text.substring(0, 90) + "…" : text) + "”";
			}
			options.add(new Option(q.key(), label));
		}
		return options;
	}

	/**
	 * The choices of the plan's questions, read the first time a page asks for them: only
	 * the pages that show the plan's header questions do (not monitoring, nor exports).
	 */
	private static final class LazyOptions extends AbstractMap<String, List<Option>> {

		private final Supplier<Map<String, List<Option>>> source;

		private Map<String, List<Option>> options;

		LazyOptions(Supplier<Map<String, List<Option>>> source) {
			this.source = source;
		}

		@Override
		public Set<Entry<String, List<Option>>> entrySet() {
			if (this.options == null) {
				this.options = this.source.get();
			}
			return this.options.entrySet();
		}

		/** Printing the scope (as tests do) does not read them. */
		@Override
		public String toString() {
			return (this.options != null) ? this.options.toString() : "{not read}";
		}

	}

	private static long number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new NotFoundException();
		}
	}

	/** Freezes the actions with each version and records the plan's history. */
	private final class Events implements FormScope.FormEvents {

		private final GroupDetails group;

		private final String city;

		private final Activities.Actor actor;

		private final String path;

		Events(GroupDetails group, String city, CurrentUser user, String path) {
			this.group = group;
			this.city = city;
			this.actor = new Activities.Actor(user.id(), user.displayName());
			this.path = path;
		}

		private void notice(String what) {
			ActionPlanForm.this.publisher
				.publishEvent(new org.citymentor.needs.GroupFormChanged("mail.plan.", this.group.id(),
						this.group.data().title(), this.city, what, this.actor.id(), this.actor.name(), this.path));
		}

		@Override
		public void submitted(FormDocument document, int number) {
			long versionId = ActionPlanForm.this.versions.require(document.id(), number).id();
			ActionPlanForm.this.snapshots.freeze(document.id(), versionId,
					ActionPlanForm.this.plans.takeAmendmentReason(document.id()));
			record(ActivityKind.ACTION_PLAN_SUBMITTED);
			notice("SUBMITTED");
		}

		@Override
		public void reopened(FormDocument document) {
			record(ActivityKind.ACTION_PLAN_REOPENED);
		}

		@Override
		public void shared(FormDocument document, boolean shared) {
			record(shared ? ActivityKind.ACTION_PLAN_SHARED : ActivityKind.ACTION_PLAN_UNSHARED);
			if (shared) {
				notice("SHARED");
			}
		}

		@Override
		public void commented(FormDocument document, String questionKey) {
			record(ActivityKind.ACTION_PLAN_COMMENTED);
			notice("COMMENTED");
		}

		private void record(ActivityKind kind) {
			ActionPlanForm.this.activities.record(this.group.programmeId(), this.group.id(), this.actor, kind,
					this.city);
		}

	}

}
