package org.citymentor.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.citymentor.access.Access;
import org.citymentor.activity.Activities;
import org.citymentor.activity.ActivityKind;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormRoutes;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormScope.Crumb;
import org.citymentor.form.FormScope.Permissions;
import org.citymentor.form.FormScope.Related;
import org.citymentor.form.FormScope.Viewer;
import org.citymentor.form.FormScopes;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupDetails.Participant;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.organisation.Contexts;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.HiddenQuestions;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The needs analysis of a mentee city in a group. Its members in the group fill part A
 * and the city's context (part B); the group's association on the mentee side fills part
 * C. The group reads the draft once shared; coordinators read submitted versions only.
 */
@Component
class NeedsAnalysisForm implements FormScopes {

	private final Groups groups;

	private final Programmes programmes;

	private final HiddenQuestions hidden;

	private final Organisations organisations;

	private final Contexts contexts;

	private final FormDocuments documents;

	private final Access access;

	private final Activities activities;

	private final MessageSource messages;

	private final org.springframework.context.ApplicationEventPublisher events;

	NeedsAnalysisForm(org.springframework.context.ApplicationEventPublisher events, Groups groups,
			Programmes programmes, HiddenQuestions hidden, Organisations organisations, Contexts contexts,
			FormDocuments documents, Access access, Activities activities, MessageSource messages) {
		this.groups = groups;
		this.programmes = programmes;
		this.hidden = hidden;
		this.organisations = organisations;
		this.contexts = contexts;
		this.documents = documents;
		this.access = access;
		this.activities = activities;
		this.messages = messages;
		this.events = events;
	}

	@Override
	public String route() {
		return FormRoutes.NEEDS_ANALYSIS;
	}

	@Override
	public FormScope resolve(Map<String, String> path, CurrentUser user, Locale locale) {
		long groupId = number(path.get("groupId"));
		long participantId = number(path.get("participantId"));
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
		Participant association = group.participants()
			.stream()
			.filter((p) -> p.isMentee() && p.role() == ParticipantRole.ASSOCIATION)
			.findFirst()
			.orElse(null);
		List<Long> orgIds = new ArrayList<>(group.participants().stream().map(Participant::organisationId).toList());
		Map<Long, OrganisationSummary> names = this.organisations.summaries(orgIds);
		String city = names.get(participant.organisationId()).name();
		String programme = this.programmes.details(group.programmeId()).data().name();
		String base = "/groups/" + groupId + "/participants/" + participantId + "/needs-analysis";
		List<Contexts.Association> associations = (association != null) ? List
			.of(new Contexts.Association(association.organisationId(), names.get(association.organisationId()).name(),
					Objects.equals(viewerParticipant, association.id())))
				: List.of();
		List<Related> related = this.contexts.of(participant.organisationId(), city, owner, associations, locale);
		FormDocument document = this.documents.ofParticipant(FormKind.NEEDS_ANALYSIS, participantId).orElse(null);
		return new FormScope(
				NeedsAnalysisQuestions.DEFINITION.without(this.hidden.of(group.programmeId(), "NEEDS_ANALYSIS")), base,
				this.messages.getMessage("form.NEEDS_ANALYSIS.title", null, locale),
				city + " – " + group.data().title(),
				List.of(new Crumb(programme,
						"/programmes/" + group.programmeId()), new Crumb(group.data().title(), "/groups/" + groupId)),
				document,
				() -> this.documents.openForParticipant(FormKind.NEEDS_ANALYSIS, groupId, participantId,
						participant.organisationId()),
				new Permissions(owner, member, owner, owner, member && !owner),
				new Viewer(user.id(), user.displayName(), viewerOrganisation(group, viewerParticipant)), Map.of(),
				related, new Events(group, city, related, user, base),
				names.entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().name())));
	}

	private static Long viewerOrganisation(GroupDetails group, Long viewerParticipant) {
		if (viewerParticipant == null) {
			return null;
		}
		return group.participant(viewerParticipant).map(Participant::organisationId).orElse(null);
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new NotFoundException();
		}
	}

	/** Records what happened in the group's history, without any content. */
	private final class Events implements FormScope.FormEvents {

		private final GroupDetails group;

		private final String city;

		private final List<Related> related;

		private final Activities.Actor actor;

		private final String path;

		Events(GroupDetails group, String city, List<Related> related, CurrentUser user, String path) {
			this.path = path;
			this.group = group;
			this.city = city;
			this.related = related;
			this.actor = new Activities.Actor(user.id(), user.displayName());
		}

		@Override
		public List<Long> sourcesForSubmit() {
			return this.related.stream().map(Related::versionId).filter(Objects::nonNull).toList();
		}

		@Override
		public void submitted(FormDocument document, int number) {
			record(ActivityKind.NEEDS_ANALYSIS_SUBMITTED);
			notice("SUBMITTED");
		}

		@Override
		public void reopened(FormDocument document) {
			record(ActivityKind.NEEDS_ANALYSIS_REOPENED);
		}

		@Override
		public void shared(FormDocument document, boolean shared) {
			record(shared ? ActivityKind.NEEDS_ANALYSIS_SHARED : ActivityKind.NEEDS_ANALYSIS_UNSHARED);
			if (shared) {
				notice("SHARED");
			}
		}

		@Override
		public void commented(FormDocument document, String questionKey) {
			record(ActivityKind.NEEDS_ANALYSIS_COMMENTED);
			notice("COMMENTED");
		}

		private void notice(String what) {
			NeedsAnalysisForm.this.events.publishEvent(new GroupFormChanged("mail.needs.", this.group.id(),
					this.group.data().title(), this.city, what, this.actor.id(), this.actor.name(), this.path));
		}

		private void record(ActivityKind kind) {
			NeedsAnalysisForm.this.activities.record(this.group.programmeId(), this.group.id(), this.actor, kind,
					this.city);
		}

	}

}
