package org.citymentor.visit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;
import org.citymentor.visit.Meeting;
import org.citymentor.visit.MeetingData;
import org.citymentor.visit.Meetings;
import org.citymentor.visit.VisitAccess;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings of a group between its visits: planning, changing, reading them. Their notes
 * are confidential to the group's members unless one of them shares them with the
 * coordinator.
 */
@Controller
@RequestMapping("/groups/{groupId}/meetings")
class MeetingController {

	private final VisitPages pages;

	private final Meetings meetings;

	private final VisitAccess access;

	private final GroupMembers members;

	private final AccountService accounts;

	MeetingController(VisitPages pages, Meetings meetings, VisitAccess access, GroupMembers members,
			AccountService accounts) {
		this.pages = pages;
		this.meetings = meetings;
		this.access = access;
		this.members = members;
		this.accounts = accounts;
	}

	@GetMapping("/new")
	String newMeeting(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.plan(groupId, user, model);
		MeetingForm form = new MeetingForm();
		form.setTimeZone(this.pages.defaultZone());
		return form(groupId, null, form, Map.of(), model, true);
	}

	@PostMapping("/new")
	String create(@PathVariable long groupId, @ModelAttribute("form") MeetingForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.pages.plan(groupId, user, model);
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingData data = form.check(people(groupId), errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(groupId, null, form, errors, model, true);
		}
		long id = this.meetings.create(groupId, data, user.id(), user.displayName());
		redirect.addFlashAttribute("notice", "meeting.notice.planned");
		return "redirect:/groups/" + groupId + "/meetings/" + id;
	}

	@GetMapping("/{meetingId}")
	String show(@PathVariable long groupId, @PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.pages.read(groupId, user, model);
		Meeting meeting = this.meetings.require(groupId, meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("mayReadNotes", this.access.mayReadMeetingNotes(user, meeting));
		model.addAttribute("people", names(meeting.participantIds()));
		return "visits/meeting";
	}

	@GetMapping("/{meetingId}/edit")
	String edit(@PathVariable long groupId, @PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.pages.plan(groupId, user, model);
		Meeting meeting = this.meetings.require(groupId, meetingId);
		MeetingForm form = MeetingForm.of(meeting);
		if (!this.access.mayReadMeetingNotes(user, meeting)) {
			form.setNotes(null);
		}
		return form(groupId, meeting, form, Map.of(), model, this.access.mayReadMeetingNotes(user, meeting));
	}

	@PostMapping("/{meetingId}/edit")
	String update(@PathVariable long groupId, @PathVariable long meetingId, @ModelAttribute("form") MeetingForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.pages.plan(groupId, user, model);
		Meeting meeting = this.meetings.require(groupId, meetingId);
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingData data = form.check(people(groupId), errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(groupId, meeting, form, errors, model, this.access.mayReadMeetingNotes(user, meeting));
		}
		if (!this.access.mayReadMeetingNotes(user, meeting)) {
			// someone who may not read the notes cannot overwrite them either
			data = new MeetingData(data.title(), data.mode(), data.heldOn(), data.startsAt(), data.endsAt(),
					data.timeZone(), data.place(), data.meetingLink(), meeting.notes(), data.participantIds());
		}
		try {
			this.meetings.update(groupId, meetingId, form.getVersion(), data);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Meeting stored = this.meetings.require(groupId, meetingId);
			model.addAttribute("theirs", stored);
			form.setVersion(stored.version());
			return form(groupId, stored, form, Map.of(), model, this.access.mayReadMeetingNotes(user, stored));
		}
		redirect.addFlashAttribute("notice", "meeting.notice.saved");
		return "redirect:/groups/" + groupId + "/meetings/" + meetingId;
	}

	/** The group's members share a meeting's notes with the coordinator, or stop. */
	@PostMapping("/{meetingId}/share")
	String share(@PathVariable long groupId, @PathVariable long meetingId,
			@RequestParam(name = "shared", defaultValue = "true") boolean shared,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireRead(user, groupId);
		this.meetings.require(groupId, meetingId);
		if (!this.access.isMember(user, groupId)) {
			throw new ForbiddenException();
		}
		this.meetings.shareNotes(groupId, meetingId, shared);
		redirect.addFlashAttribute("notice", shared ? "meeting.notice.shared" : "meeting.notice.unshared");
		return "redirect:/groups/" + groupId + "/meetings/" + meetingId;
	}

	private String form(long groupId, Meeting meeting, MeetingForm form, Map<String, String> errors, Model model,
			boolean mayWriteNotes) {
		model.addAttribute("mayWriteNotes", mayWriteNotes);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", VisitPages.ZONES);
		model.addAttribute("peopleOptions",
				names(this.members.of(groupId).stream().map(GroupMembers.Member::userId).toList()));
		return "visits/meeting-form";
	}

	private Set<Long> people(long groupId) {
		return this.members.of(groupId).stream().map(GroupMembers.Member::userId).collect(Collectors.toSet());
	}

	private List<Option> names(List<Long> ids) {
		return this.accounts.people(ids)
			.values()
			.stream()
			.map((p) -> new Option(String.valueOf(p.id()), p.displayName()))
			.sorted(java.util.Comparator.comparing(Option::label))
			.toList();
	}

}
