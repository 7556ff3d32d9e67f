package org.citymentor.invitation.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.invitation.InviteOutcome;
import org.citymentor.invitation.Invitations;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inviting a person by e-mail to coordinate a programme; resending and withdrawing. */
@Controller
class CoordinatorInvitationController {

	private final Invitations invitations;

	private final Access access;

	CoordinatorInvitationController(Invitations invitations, Access access) {
		this.invitations = invitations;
		this.access = access;
	}

	@GetMapping("/programmes/{id}/coordinators/invite")
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireEditProgramme(user, id);
		model.addAttribute("form", new CoordinatorInvitationForm(""));
		return page(id, model);
	}

	@PostMapping("/programmes/{id}/coordinators/invite")
	String invite(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") CoordinatorInvitationForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		if (!result.hasErrors()) {
			InviteOutcome outcome = this.invitations.inviteCoordinator(id, form.email(),
					GroupInvitationController.actor(user), locale);
			if (outcome == InviteOutcome.INVITED) {
				redirect.addFlashAttribute("notice", "notice.invitationSent");
				return "redirect:/programmes/" + id + "#coordinators";
			}
			result.rejectValue("email", "invitation.email.alreadyCoordinator");
		}
		return page(id, model);
	}

	@PostMapping("/programmes/{id}/coordinators/invitations/{invitationId}/resend")
	String resend(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		boolean sent = this.invitations.resendCoordinatorInvitation(id, invitationId,
				GroupInvitationController.actor(user), locale);
		redirect.addFlashAttribute("notice", sent ? "notice.invitationResent" : "notice.invitationClosed");
		return "redirect:/programmes/" + id + "#coordinators";
	}

	@PostMapping("/programmes/{id}/coordinators/invitations/{invitationId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		boolean withdrawn = this.invitations.withdrawCoordinatorInvitation(id, invitationId,
				GroupInvitationController.actor(user));
		redirect.addFlashAttribute("notice", withdrawn ? "notice.invitationWithdrawn" : "notice.invitationClosed");
		return "redirect:/programmes/" + id + "#coordinators";
	}

	private String page(long programmeId, Model model) {
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("programmeName", this.invitations.programmeName(programmeId));
		return "invitations/invite-coordinator";
	}

}
