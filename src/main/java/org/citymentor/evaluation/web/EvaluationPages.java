package org.citymentor.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.access.Access;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the evaluation pages share: who may see the group (404 otherwise), who manages it
 * (the programme's coordinators and admins), the viewer's own organisation in it, and the
 * breadcrumbs.
 */
@Component
public class EvaluationPages {

	private final Access access;

	private final Groups groups;

	private final Organisations organisations;

	private final MessageSource messages;

	EvaluationPages(Access access, Groups groups, Organisations organisations, MessageSource messages) {
		this.access = access;
		this.groups = groups;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** The group as this person sees it; 404 when they may not see it. */
	Context read(long groupId, CurrentUser user) {
		this.access.requireViewGroup(user, groupId);
		GroupDetails group = this.groups.details(groupId);
		Map<Long, OrganisationSummary> names = this.organisations
			.summaries(group.participants().stream().map(GroupDetails.Participant::organisationId).toList());
		return new Context(group, names, this.access.isGroupMember(user, groupId),
				this.access.mayManageGroup(user, groupId), this.access.memberParticipantId(user, groupId).orElse(null));
	}

	/** For the coordinators of the programme and admins; 403 for other readers. */
	Context manage(long groupId, CurrentUser user) {
		Context context = read(groupId, user);
		if (!context.mayManage()) {
			throw new ForbiddenException();
		}
		return context;
	}

	/** For the group's current members; 403 for other readers. */
	Context member(long groupId, CurrentUser user) {
		Context context = read(groupId, user);
		if (!context.member()) {
			throw new ForbiddenException();
		}
		return context;
	}

	/** Home, the group, the evaluation, and any further steps. */
	void common(Context context, Locale locale, Model model, Crumb... more) {
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb(this.messages.getMessage("nav.home", null, locale), "/"));
		crumbs.add(new Crumb(context.group().data().title(), "/groups/" + context.group().id()));
		crumbs.add(new Crumb(this.messages.getMessage("evaluation.title", null, locale), context.base()));
		crumbs.addAll(List.of(more));
		model.addAttribute("crumbs", crumbs);
		model.addAttribute("group", context.group());
		model.addAttribute("groupTitle", context.group().data().title());
		model.addAttribute("closed", context.closed());
		model.addAttribute("base", context.base());
		model.addAttribute("mayManage", context.mayManage());
		model.addAttribute("isMember", context.member());
	}

	/** The group as one person sees it on the evaluation pages. */
	record Context(GroupDetails group, Map<Long, OrganisationSummary> organisations, boolean member, boolean mayManage,
			Long ownParticipantId) {

		String base() {
			return "/groups/" + this.group.id() + "/evaluation";
		}

		boolean closed() {
			return this.group.data().status() == GroupStatus.CLOSED;
		}

		String name(long participantId) {
			return this.group.participant(participantId)
				.map((p) -> this.organisations.get(p.organisationId()))
				.map(OrganisationSummary::name)
				.orElse("");
		}

		/**
		 * The organisations that evaluate their side: every participant but the
		 * facilitators.
		 */
		List<GroupDetails.Participant> evaluating() {
			return this.group.participants().stream().filter((p) -> p.role() != ParticipantRole.FACILITATOR).toList();
		}

	}

	/** One step of the breadcrumbs. */
	public record Crumb(String label, String path) {
	}

}
