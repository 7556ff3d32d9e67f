package org.citymentor.invitation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.access.MemberRole;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.invitation.InvitableParticipant;
import org.citymentor.invitation.InviteOutcome;
import org.citymentor.invitation.Invitations;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator invites people to a group, resends and withdraws invitations. The pending
 * ones are listed on the group page (templates/invitations/_pending.html).
 */
@Controller
class GroupInvitationController {

	private final Invitations invitations;

	private final Access access;

	private final MessageSource messages;

	GroupInvitationController(Invitations invitations, Access access, MessageSource messages) {
		this.invitations = invitations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/groups/{id}/invitations/new")
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		this.access.requireManageGroup(user, id);
		model.addAttribute("form", GroupInvitationForm.empty());
		return page(id, this.invitations.participants(id), model, locale);
	}

	@PostMapping("/groups/{id}/invitations")
	String invite(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") GroupInvitationForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		List<InvitableParticipant> participants = this.invitations.participants(id);
		Optional<Long> participant = form.participant()
			.filter((candidate) -> participants.stream().anyMatch((p) -> p.id() == candidate));
		if (participant.isEmpty() && !result.hasFieldErrors("participantId")) {
			result.rejectValue("participantId", "invitation.participant.invalid");
		}
		if (form.memberRole().isEmpty() && !result.hasFieldErrors("role")) {
			result.rejectValue("role", "invitation.role.required");
		}
		if (!result.hasErrors()) {
			InviteOutcome outcome = this.invitations.inviteToGroup(id, participant.get(), form.email(),
					form.memberRole().get(), actor(user), locale);
			if (outcome == InviteOutcome.INVITED) {
				redirect.addFlashAttribute("notice", "notice.invitationSent");
				return "redirect:/groups/" + id + "#people";
			}
			result.rejectValue("email", "invitation.email.alreadyMember");
		}
		return page(id, participants, model, locale);
	}

	@PostMapping("/groups/{id}/invitations/{invitationId}/resend")
	String resend(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		boolean sent = this.invitations.resendGroupInvitation(id, invitationId, actor(user), locale);
		redirect.addFlashAttribute("notice", sent ? "notice.invitationResent" : "notice.invitationClosed");
		return "redirect:/groups/" + id + "#people";
	}

	@PostMapping("/groups/{id}/invitations/{invitationId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireManageGroup(user, id);
		boolean withdrawn = this.invitations.withdrawGroupInvitation(id, invitationId, actor(user));
		redirect.addFlashAttribute("notice", withdrawn ? "notice.invitationWithdrawn" : "notice.invitationClosed");
		return "redirect:/groups/" + id + "#people";
	}

	private String page(long groupId, List<InvitableParticipant> participants, Model model, Locale locale) {
		model.addAttribute("groupId", groupId);
		model.addAttribute("groupTitle", this.invitations.groupTitle(groupId));
		model
			.addAttribute("participantOptions", participants.stream()
				.map((p) -> new Option(String.valueOf(p.id()), this.messages.getMessage("invitation.participant.option",
						new Object[] { p.organisationName(),
								this.messages.getMessage("invitation.side." + p.side(), null, locale) },
						locale)))
				.toList());
		model.addAttribute("roleOptions",
				Arrays.stream(MemberRole.values())
					.map((role) -> new Option(role.name(),
							this.messages.getMessage("group.memberRole." + role.name(), null, locale)))
					.toList());
		return "invitations/invite";
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.id(), user.displayName());
	}

}
