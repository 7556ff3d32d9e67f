package org.citymentor.learning.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.citymentor.learning.Registrations;
import org.citymentor.learning.Session;
import org.citymentor.learning.SessionAccess;
import org.citymentor.learning.SessionSettings;
import org.citymentor.learning.Sessions;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Option;
import org.citymentor.visit.Meeting;
import org.citymentor.visit.Meetings;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Running a group's meeting as a learning-network session: the mentor side and the
 * programme's coordinators open it to the association (or keep it for the group), set
 * places, a deadline, a language and a description, and may cancel it.
 */
@Controller
class SessionManageController {

	private final Meetings meetings;

	private final Sessions sessions;

	private final SessionAccess access;

	private final Registrations registrations;

	private final TransactionTemplate transactions;

	SessionManageController(Meetings meetings, Sessions sessions, SessionAccess access, Registrations registrations,
			TransactionTemplate transactions) {
		this.meetings = meetings;
		this.sessions = sessions;
		this.access = access;
		this.registrations = registrations;
		this.transactions = transactions;
	}

	@GetMapping("/groups/{groupId}/meetings/{meetingId}/session")
	String settings(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long meetingId,
			Model model) {
		this.access.requireManageGroup(user, groupId);
		Meeting meeting = this.meetings.require(groupId, meetingId);
		SettingsForm form = this.sessions.ofMeeting(groupId, meetingId).map(SettingsForm::of).orElseGet(() -> {
			SettingsForm fresh = new SettingsForm();
			fresh.setVersion(meeting.version());
			return fresh;
		});
		return form(groupId, meeting, form, model);
	}

	@PostMapping("/groups/{groupId}/meetings/{meetingId}/session")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long meetingId,
			@Valid @ModelAttribute("form") SettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.access.requireManageGroup(user, groupId);
		Meeting meeting = this.meetings.require(groupId, meetingId);
		List<Long> mentors = this.sessions.mentorOptions(groupId).stream().map((o) -> Long.valueOf(o.value())).toList();
		SessionSettings settings = form.check(meeting.heldOn(), mentors, result);
		if (settings == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(groupId, meeting, form, model);
		}
		Integer capacity = form.capacity(result);
		int moved;
		try {
			moved = this.transactions.execute((status) -> {
				this.sessions.configure(groupId, meetingId, form.getVersion(), settings);
				return this.registrations.changeCapacity(meetingId, capacity);
			});
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			Meeting stored = this.meetings.require(groupId, meetingId);
			form.setVersion(stored.version());
			return form(groupId, stored, form, model);
		}
		redirect.addFlashAttribute("notice",
				(moved > 0) ? "learning.notice.savedSomeWaiting" : "learning.notice.settingsSaved");
		return "redirect:/learning-sessions/" + meetingId;
	}

	@PostMapping("/learning-sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		Session session = this.sessions.require(user, id);
		this.access.requireManage(user, session);
		this.registrations.cancelSession(id);
		redirect.addFlashAttribute("notice", "learning.notice.sessionCancelled");
		return "redirect:/learning-sessions/" + id;
	}

	private String form(long groupId, Meeting meeting, SettingsForm form, Model model) {
		List<Option> mentors = this.sessions.mentorOptions(groupId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("mentorOptions", mentors);
		model.addAttribute("languages", SettingsForm.LANGUAGES);
		return "learning/settings";
	}

}
