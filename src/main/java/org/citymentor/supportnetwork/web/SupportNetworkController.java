package org.citymentor.supportnetwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Labels;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;
import org.citymentor.supportnetwork.MemberKind;
import org.citymentor.supportnetwork.Network;
import org.citymentor.supportnetwork.NetworkMeetingDetails;
import org.citymentor.supportnetwork.NetworkMemberDetails;
import org.citymentor.supportnetwork.NetworkRole;
import org.citymentor.supportnetwork.SupportNetworks;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's local support network in a group (annex 5): the group's members read it, the
 * people of that city keep it, coordinators and admins see counts only (decisions.md 1, 2
 * and 6).
 */
@Controller
class SupportNetworkController {

	static final String BASE = "/groups/{id}/participants/{participantId}/support-network";

	/** Dates of consent and of meetings start here; earlier ones are typing mistakes. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final SupportNetworks networks;

	private final Groups groups;

	private final Organisations organisations;

	private final Access access;

	private final Labels labels;

	private final MessageSource messages;

	private final Clock clock;

	SupportNetworkController(SupportNetworks networks, Groups groups, Organisations organisations, Access access,
			Labels labels, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.networks = networks;
		this.groups = groups;
		this.organisations = organisations;
		this.access = access;
		this.labels = labels;
		this.clock = clock;
	}

	/** The viewer's own city's network, or the group page for those without one. */
	@GetMapping("/groups/{id}/support-network")
	String own(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.access.requireViewGroup(user, id);
		GroupDetails group = this.groups.details(id);
		return this.access.memberParticipantId(user, id)
			.flatMap(group::participant)
			.filter(SupportNetworkController::isCity)
			.map((participant) -> "redirect:" + path(id, participant.id()))
			.orElse("redirect:/groups/" + id);
	}

	@GetMapping(BASE)
	String show(@PathVariable long id, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.access.requireViewGroup(user, id);
		page(id, participantId, model);
		model.addAttribute("summary", this.networks.summary(participantId));
		if (!this.access.isGroupMember(user, id)) {
			// coordinators and admins: how far the network is, never who is in it
			return "supportnetwork/counts";
		}
		List<NetworkMemberDetails> members = this.networks.members(participantId);
		Map<Long, String> names = names(members);
		List<NetworkMeetingDetails> meetings = this.networks.meetings(participantId);
		Map<Long, String> attendees = new LinkedHashMap<>();
		meetings.forEach((meeting) -> attendees.put(meeting.id(), joined(meeting.data().attendeeIds(), names)));
		model.addAttribute("members", members);
		model.addAttribute("meetings", meetings);
		model.addAttribute("attendees", attendees);
		model.addAttribute("mayEdit", this.access.mayEditParticipant(user, id, participantId));
		return "supportnetwork/show";
	}

	@GetMapping(BASE + "/members/new")
	String newMember(@PathVariable long id, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		editable(user, id, participantId, model);
		model.addAttribute("form", new MemberForm());
		return memberForm(model, locale);
	}

	@PostMapping(BASE + "/members")
	String addMember(@PathVariable long id, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") MemberForm form, BindingResult result,
			@RequestParam(name = "another", required = false) String another, Model model, Locale locale,
			RedirectAttributes redirect) {
		Network network = editable(user, id, participantId, model);
		checkDate(form.getConsentDate(), "consentDate", result);
		if (result.hasErrors()) {
			return memberForm(model, locale);
		}
		this.networks.addMember(network, form.toData(), actor(user));
		redirect.addFlashAttribute("notice", "notice.supportNetwork.memberAdded");
		return (another != null) ? "redirect:" + path(id, participantId) + "/members/new"
				: "redirect:" + path(id, participantId) + "#members";
	}

	@GetMapping(BASE + "/members/{memberId}/edit")
	String editMember(@PathVariable long id, @PathVariable long participantId, @PathVariable long memberId,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		editable(user, id, participantId, model);
		NetworkMemberDetails member = this.networks.member(participantId, memberId).orElseThrow(NotFoundException::new);
		model.addAttribute("memberId", memberId);
		model.addAttribute("form", MemberForm.from(member));
		return memberForm(model, locale);
	}

	@PostMapping(BASE + "/members/{memberId}")
	String updateMember(@PathVariable long id, @PathVariable long participantId, @PathVariable long memberId,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") MemberForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Network network = editable(user, id, participantId, model);
		if (this.networks.member(participantId, memberId).isEmpty()) {
			// removed while this person was changing it: keep what they typed and offer
			// to add the member again
			model.addAttribute("removedMeanwhile", true);
			return memberForm(model, locale);
		}
		model.addAttribute("memberId", memberId);
		checkDate(form.getConsentDate(), "consentDate", result);
		if (!result.hasErrors()) {
			try {
				this.networks.updateMember(network, memberId, form.getVersion(), form.toData());
				redirect.addFlashAttribute("notice", "notice.supportNetwork.memberSaved");
				return "redirect:" + path(id, participantId) + "#members";
			}
			catch (StaleEditException | OptimisticLockingFailureException ex) {
				NetworkMemberDetails stored = this.networks.member(participantId, memberId)
					.orElseThrow(NotFoundException::new);
				model.addAttribute("conflict", stored);
				form.setVersion(stored.version());
			}
		}
		return memberForm(model, locale);
	}

	@GetMapping(BASE + "/members/{memberId}/remove")
	String confirmRemoveMember(@PathVariable long id, @PathVariable long participantId, @PathVariable long memberId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		editable(user, id, participantId, model);
		NetworkMemberDetails member = this.networks.member(participantId, memberId).orElseThrow(NotFoundException::new);
		model.addAttribute("memberName", member.data().name());
		model.addAttribute("removeAction", path(id, participantId) + "/members/" + memberId + "/remove");
		return "supportnetwork/remove";
	}

	@PostMapping(BASE + "/members/{memberId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long participantId, @PathVariable long memberId,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Network network = editable(user, id, participantId, model);
		this.networks.removeMember(network, memberId, actor(user));
		redirect.addFlashAttribute("notice", "notice.supportNetwork.memberRemoved");
		return "redirect:" + path(id, participantId) + "#members";
	}

	@GetMapping(BASE + "/meetings/new")
	String newMeeting(@PathVariable long id, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		editable(user, id, participantId, model);
		model.addAttribute("form", new MeetingForm());
		return meetingForm(participantId, model);
	}

	@PostMapping(BASE + "/meetings")
	String addMeeting(@PathVariable long id, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Network network = editable(user, id, participantId, model);
		checkMeeting(participantId, form, result);
		if (result.hasErrors()) {
			return meetingForm(participantId, model);
		}
		this.networks.addMeeting(network, form.toData(), actor(user));
		redirect.addFlashAttribute("notice", "notice.supportNetwork.meetingLogged");
		return "redirect:" + path(id, participantId) + "#meetings";
	}

	@GetMapping(BASE + "/meetings/{meetingId}/edit")
	String editMeeting(@PathVariable long id, @PathVariable long participantId, @PathVariable long meetingId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		editable(user, id, participantId, model);
		NetworkMeetingDetails meeting = this.networks.meeting(participantId, meetingId)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("form", MeetingForm.from(meeting));
		return meetingForm(participantId, model);
	}

	@PostMapping(BASE + "/meetings/{meetingId}")
	String updateMeeting(@PathVariable long id, @PathVariable long participantId, @PathVariable long meetingId,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Network network = editable(user, id, participantId, model);
		this.networks.meeting(participantId, meetingId).orElseThrow(NotFoundException::new);
		model.addAttribute("meetingId", meetingId);
		checkMeeting(participantId, form, result);
		if (!result.hasErrors()) {
			try {
				this.networks.updateMeeting(network, meetingId, form.getVersion(), form.toData());
				redirect.addFlashAttribute("notice", "notice.supportNetwork.meetingSaved");
				return "redirect:" + path(id, participantId) + "#meetings";
			}
			catch (StaleEditException | OptimisticLockingFailureException ex) {
				NetworkMeetingDetails stored = this.networks.meeting(participantId, meetingId)
					.orElseThrow(NotFoundException::new);
				Map<Long, String> names = names(this.networks.members(participantId));
				model.addAttribute("conflict", stored);
				model.addAttribute("storedAttendees", joined(stored.data().attendeeIds(), names));
				model.addAttribute("typedAttendees", joined(form.getAttendeeIds(), names));
				form.setVersion(stored.version());
			}
		}
		return meetingForm(participantId, model);
	}

	@GetMapping(BASE + "/meetings/{meetingId}/remove")
	String confirmRemoveMeeting(@PathVariable long id, @PathVariable long participantId, @PathVariable long meetingId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		editable(user, id, participantId, model);
		NetworkMeetingDetails meeting = this.networks.meeting(participantId, meetingId)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("meetingDate", meeting.data().date());
		model.addAttribute("removeAction", path(id, participantId) + "/meetings/" + meetingId + "/remove");
		return "supportnetwork/remove";
	}

	@PostMapping(BASE + "/meetings/{meetingId}/remove")
	String removeMeeting(@PathVariable long id, @PathVariable long participantId, @PathVariable long meetingId,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Network network = editable(user, id, participantId, model);
		this.networks.removeMeeting(network, meetingId);
		redirect.addFlashAttribute("notice", "notice.supportNetwork.meetingRemoved");
		return "redirect:" + path(id, participantId) + "#meetings";
	}

	/**
	 * The network of a city of the group, with what every page shows of it; 404 for a
	 * participant of another group or one that is no city.
	 */
	private Network page(long groupId, long participantId, Model model) {
		GroupDetails group = this.groups.details(groupId);
		GroupDetails.Participant participant = group.participant(participantId)
			.filter(SupportNetworkController::isCity)
			.orElseThrow(NotFoundException::new);
		OrganisationSummary city = this.organisations.summaries(List.of(participant.organisationId()))
			.get(participant.organisationId());
		String cityName = (city != null) ? city.name() : "";
		model.addAttribute("net", new NetworkPage(groupId, group.data().title(), participantId, cityName,
				participant.isMentee(), path(groupId, participantId)));
		return new Network(group.programmeId(), groupId, participantId, cityName);
	}

	/**
	 * Out of sight 404, a participant of another group 404, someone not there for this
	 * city 403.
	 */
	private Network editable(CurrentUser user, long groupId, long participantId, Model model) {
		this.access.requireViewGroup(user, groupId);
		Network network = page(groupId, participantId, model);
		if (!this.access.mayEditParticipant(user, groupId, participantId)) {
			throw new ForbiddenException();
		}
		return network;
	}

	private String memberForm(Model model, Locale locale) {
		model.addAttribute("kindOptions", this.labels.of(MemberKind.values(), "supportNetwork.kind", locale));
		model.addAttribute("roleOptions", this.labels.of(NetworkRole.values(), "supportNetwork.roles", locale));
		model.addAttribute("yesNoOptions",
				List.of(new Option("true", this.messages.getMessage("supportNetwork.yes", null, locale)),
						new Option("false", this.messages.getMessage("supportNetwork.no", null, locale))));
		return "supportnetwork/member-form";
	}

	private String meetingForm(long participantId, Model model) {
		List<NetworkMemberDetails> members = this.networks.members(participantId);
		model.addAttribute("attendeeOptions",
				members.stream()
					.map((member) -> new Option(String.valueOf(member.id()), member.data().name()))
					.toList());
		return "supportnetwork/meeting-form";
	}

	private void checkMeeting(long participantId, MeetingForm form, BindingResult result) {
		checkDate(form.getDate(), "date", result);
		if (result.hasFieldErrors("attendeeIds")) {
			return;
		}
		Set<Long> own = this.networks.members(participantId)
			.stream()
			.map(NetworkMemberDetails::id)
			.collect(Collectors.toSet());
		if (form.getAttendeeIds().stream().filter(Objects::nonNull).anyMatch((memberId) -> !own.contains(memberId))) {
			result.rejectValue("attendeeIds", "supportNetwork.attendees.invalid");
		}
	}

	/**
	 * A real date, not in the future. "Today" is the latest date anywhere on earth, so a
	 * city east of UTC can enter its own today.
	 */
	private void checkDate(LocalDate date, String field, BindingResult result) {
		if (date == null || result.hasFieldErrors(field)) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.ofHours(14)));
		if (date.isAfter(today)) {
			result.rejectValue(field, "supportNetwork.date.future");
		}
		else if (date.isBefore(EARLIEST)) {
			result.rejectValue(field, "supportNetwork.date.tooEarly");
		}
	}

	private static Map<Long, String> names(List<NetworkMemberDetails> members) {
		Map<Long, String> names = new LinkedHashMap<>();
		members.forEach((member) -> names.put(member.id(), member.data().name()));
		return names;
	}

	/** The names of the members among these ids, in the network's order. */
	private static String joined(java.util.Collection<Long> ids, Map<Long, String> names) {
		return names.entrySet()
			.stream()
			.filter((entry) -> ids.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.collect(Collectors.joining(", "));
	}

	private static boolean isCity(GroupDetails.Participant participant) {
		return participant.role() == ParticipantRole.CITY;
	}

	static String path(long groupId, long participantId) {
		return "/groups/" + groupId + "/participants/" + participantId + "/support-network";
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.id(), user.displayName());
	}

	/** What every page of a network says about whose it is. */
	record NetworkPage(long groupId, String groupTitle, long participantId, String cityName, boolean mentee,
			String path) {
	}

}
