package org.citymentor.group.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.citymentor.access.Access;
import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.access.ViewerAccess;
import org.citymentor.account.AccountService;
import org.citymentor.account.AccountService.Person;
import org.citymentor.activity.Activities;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupRuleException;
import org.citymentor.group.Groups;
import org.citymentor.group.Journeys;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.GoalsAndActions;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Labels;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's page: what it is, its organisations and people, the journey, and its history.
 */
@Controller
class GroupPageController {

	private final Groups groups;

	private final GroupMembers members;

	private final GoalsAndActions goalsAndActions;

	private final Themes themes;

	private final Organisations organisations;

	private final AccountService accounts;

	private final Activities activities;

	private final Access access;

	private final Labels labels;

	private final Clock clock;

	private final Duration quietAfter;

	private final org.citymentor.invitation.Invitations invitations;

	private final Journeys journeys;

	GroupPageController(org.citymentor.invitation.Invitations invitations, Groups groups, GroupMembers members,
			GoalsAndActions goalsAndActions, Themes themes, Organisations organisations, AccountService accounts,
			Activities activities, Access access, Labels labels, Clock clock,
			@Value("${citymentor.groups.quiet-after-days:21}") int quietAfterDays, Journeys journeys) {
		this.journeys = journeys;
		this.groups = groups;
		this.members = members;
		this.goalsAndActions = goalsAndActions;
		this.themes = themes;
		this.organisations = organisations;
		this.accounts = accounts;
		this.activities = activities;
		this.access = access;
		this.labels = labels;
		this.clock = clock;
		this.quietAfter = Duration.ofDays(quietAfterDays);
		this.invitations = invitations;
	}

	@GetMapping("/groups/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		// what the person is in the groups and programmes, read once for the access
		// check, the management parts and the task list
		ViewerAccess viewer = this.access.viewerAccess(user);
		GroupDetails group = this.groups.details(List.of(id))
			.stream()
			.filter((g) -> viewer.mayViewGroup(g.id(), g.programmeId()))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		Journeys.Programme programme = this.journeys.programmes(List.of(group.programmeId())).get(group.programmeId());
		List<GroupMembers.Member> people = this.members.of(id);
		Map<Long, OrganisationSummary> organisations = this.organisations
			.summaries(group.participants().stream().map(GroupDetails.Participant::organisationId).toList());
		Map<Long, Person> persons = this.accounts.people(people.stream().map(GroupMembers.Member::userId).toList());
		boolean mayManage = viewer.mayManageGroup(group.programmeId());
		model.addAttribute("group", group);
		model.addAttribute("programme", programme);
		model.addAttribute("action", (group.data().actionId() != null)
				? this.goalsAndActions.action(group.data().actionId()).orElse(null) : null);
		model.addAttribute("themeLabels", this.themes.labels(group.data().themeIds(), locale).values());
		model.addAttribute("organisations", organisations);
		model.addAttribute("people",
				people.stream()
					.map((member) -> new PersonRow(member.id(), persons.get(member.userId()),
							organisations.get(group.participant(member.participantId())
								.map(GroupDetails.Participant::organisationId)
								.orElse(-1L)),
							member.role(), member.joinedAt()))
					.filter((row) -> row.person() != null)
					.toList());
		model.addAttribute("tasks", this.journeys.of(programme, group, viewer));
		model.addAttribute("mayManage", mayManage);
		model.addAttribute("quiet", group.lastActivityAt() != null
				&& group.lastActivityAt().isBefore(Instant.now(this.clock).minus(this.quietAfter)));
		if (mayManage) {
			model.addAttribute("organisationOptions",
					this.organisations.all()
						.stream()
						.filter((o) -> !organisations.containsKey(o.id()))
						.map((o) -> new Option(String.valueOf(o.id()), o.name()))
						.toList());
			model.addAttribute("sideOptions", this.labels.of(ParticipantSide.values(), "group.side", locale));
			model.addAttribute("roleOptions", this.labels.of(ParticipantRole.values(), "group.role", locale));
			model.addAttribute("memberRoleOptions", this.labels.of(MemberRole.values(), "group.memberRole", locale));
			model.addAttribute("pendingInvitations", this.invitations.pendingForGroup(id));
		}
		return "groups/show";
	}

	@GetMapping("/groups/{id}/activity")
	String activity(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireViewGroup(user, id);
		GroupDetails group = this.groups.details(id);
		List<Activities.Entry> entries = this.activities.ofGroup(id, page);
		model.addAttribute("group", group);
		model.addAttribute("entries", entries.stream().limit(Activities.PAGE_SIZE).toList());
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("hasNext", entries.size() > Activities.PAGE_SIZE);
		return "groups/activity";
	}

	@PostMapping("/groups/{id}/participants")
	String addParticipant(@PathVariable long id,
			@RequestParam(name = "organisationId", required = false) Long organisationId,
			@RequestParam(name = "side", required = false) ParticipantSide side,
			@RequestParam(name = "role", required = false) ParticipantRole role,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		OrganisationSummary organisation = (organisationId != null)
				? this.organisations.summaries(List.of(organisationId)).get(organisationId) : null;
		if (organisation == null || side == null || role == null) {
			redirect.addFlashAttribute("participantError", "group.participant.incomplete");
			redirect.addFlashAttribute("participantInput",
					Stream.of(organisationId, side, role).map((value) -> Objects.toString(value, "")).toList());
			return "redirect:/groups/" + id + "#participants";
		}
		try {
			this.groups.addParticipant(id, organisationId, side, role, organisation.name(),
					GroupController.actor(user));
			redirect.addFlashAttribute("notice", "notice.participantAdded");
		}
		catch (GroupRuleException ex) {
			redirect.addFlashAttribute("participantError", ex.messageKey());
		}
		return "redirect:/groups/" + id + "#participants";
	}

	@PostMapping("/groups/{id}/participants/{participantId}/remove")
	String removeParticipant(@PathVariable long id, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		GroupDetails group = this.groups.details(id);
		GroupDetails.Participant participant = group.participant(participantId)
			.orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		String name = this.organisations.summaries(List.of(participant.organisationId()))
			.get(participant.organisationId())
			.name();
		try {
			this.groups.removeParticipant(id, participantId, name, GroupController.actor(user));
			redirect.addFlashAttribute("notice", "notice.participantRemoved");
		}
		catch (GroupRuleException ex) {
			redirect.addFlashAttribute("participantError", ex.messageKey());
		}
		return "redirect:/groups/" + id + "#participants";
	}

	@PostMapping("/groups/{id}/members/{memberId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		GroupMembers.Member member = this.members.of(id)
			.stream()
			.filter((m) -> m.id() == memberId)
			.findFirst()
			.orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		String name = this.accounts.person(member.userId()).map(Person::displayName).orElse("");
		this.groups.removeMember(id, memberId, name, GroupController.actor(user));
		redirect.addFlashAttribute("notice", "notice.memberRemovedFromGroup");
		return "redirect:/groups/" + id + "#people";
	}

	/** A person of the group with their organisation. */
	record PersonRow(long memberId, Person person, OrganisationSummary organisation, MemberRole role,
			Instant joinedAt) {
	}

}
