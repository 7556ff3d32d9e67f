package org.citymentor.visit.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.visit.FollowUps;
import org.citymentor.visit.Visit;
import org.citymentor.visit.VisitNote;
import org.citymentor.visit.VisitNotes;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Follow-ups: the author of a note adds the agreed next steps (title, owner, due date);
 * any member of the group marks one done.
 */
@Controller
class FollowUpController {

	private final Access access;

	private final VisitNotes notes;

	private final FollowUps followUps;

	private final VisitNoteController notePages;

	FollowUpController(Access access, VisitNotes notes, FollowUps followUps, VisitNoteController notePages) {
		this.access = access;
		this.notes = notes;
		this.followUps = followUps;
		this.notePages = notePages;
	}

	@PostMapping("/groups/{groupId}/visits/{visitId}/notes/{noteId}/follow-ups")
	String add(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long noteId,
			@ModelAttribute("followUpForm") FollowUpForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Visit visit = this.notePages.visit(groupId, visitId, user);
		VisitNote note = this.notes.requireReadable(user, groupId, visitId, noteId);
		if (!note.isBy(user.id())) {
			throw new ForbiddenException();
		}
		Set<Long> owners = this.notePages.owners(groupId)
			.stream()
			.map((o) -> Long.valueOf(o.value()))
			.collect(Collectors.toSet());
		Map<String, String> errors = form.check(owners, visit.startsOn());
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.notePages.page(visit, note, user, form, errors, model);
		}
		this.followUps.add(groupId, visitId, noteId, form.cleanTitle(), form.owner(), form.dueOn(), user);
		redirect.addFlashAttribute("notice", "followup.notice.added");
		return "redirect:" + VisitNoteController.base(visit) + "/" + noteId + "#follow-ups";
	}

	/**
	 * Any member of the group marks a follow-up done; {@code back} is the page to return
	 * to (a page of the same group).
	 */
	@PostMapping("/groups/{groupId}/follow-ups/{followUpId}/done")
	String done(@PathVariable long groupId, @PathVariable long followUpId,
			@RequestParam(name = "back", defaultValue = "") String back, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireViewGroup(user, groupId);
		if (!this.access.isGroupMember(user, groupId)) {
			throw new ForbiddenException();
		}
		if (!this.followUps.markDone(groupId, followUpId, user)) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "followup.notice.done");
		String group = "/groups/" + groupId;
		boolean sameGroup = back.equals(group) || (back.startsWith(group + "/") && back.matches("[A-Za-z0-9/_-]+"));
		return "redirect:" + (sameGroup ? back : group);
	}

}
