package org.citymentor.learning.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.access.MemberRole;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.invitation.Invitations;
import org.citymentor.learning.JoinRequests;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
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
 * Asking to join an association's space without an account (a public form, limited per
 * address and per client), and the coordinator's decision: approving sends an invitation
 * to a group of the programme, for one of its organisations.
 */
@Controller
class JoinRequestController {

	private final JoinRequests requests;

	private final Access access;

	private final Invitations invitations;

	private final Programmes programmes;

	JoinRequestController(JoinRequests requests, Access access, Invitations invitations, Programmes programmes) {
		this.requests = requests;
		this.access = access;
		this.invitations = invitations;
		this.programmes = programmes;
	}

	@GetMapping("/associations/{id}/join")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("association", this.requests.association(id).orElseThrow(NotFoundException::new));
		model.addAttribute("associationId", id);
		model.addAttribute("form", new JoinRequestForm());
		return "learning/join";
	}

	/**
	 * Where a sent request leads (post/redirect/get: a form sent twice with its one-time
	 * token is led here again instead of asking twice).
	 */
	@GetMapping(path = "/associations/{id}/join", params = "sent")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("association", this.requests.association(id).orElseThrow(NotFoundException::new));
		return "learning/join-sent";
	}

	@PostMapping("/associations/{id}/join")
	String ask(@PathVariable long id, @Valid @ModelAttribute("form") JoinRequestForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		String association = this.requests.association(id).orElseThrow(NotFoundException::new);
		model.addAttribute("association", association);
		model.addAttribute("associationId", id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "learning/join";
		}
		String client = request.getRemoteAddr();
		if (this.requests.limited(form.getEmail().strip(), client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", true);
			return "learning/join";
		}
		this.requests.ask(id, form.getName().strip(), form.getMunicipality().strip(), form.getEmail().strip(), client);
		return "redirect:/associations/" + id + "/join?sent";
	}

	@GetMapping("/programmes/{id}/join-requests")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		this.access.requireEditProgramme(user, id);
		model.addAttribute("programme", this.programmes.details(id));
		model.addAttribute("programmeId", id);
		model.addAttribute("requests", this.requests.pending(id));
		model.addAttribute("places", this.requests.places(id));
		return "learning/join-requests";
	}

	@PostMapping("/programmes/{id}/join-requests/{requestId}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long requestId,
			@RequestParam(required = false) String place, Locale locale, RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		JoinRequests.Request request = this.requests.pending(id, requestId).orElseThrow(NotFoundException::new);
		if (place == null || this.requests.places(id).stream().noneMatch((o) -> o.value().equals(place))) {
			redirect.addFlashAttribute("notice", "learning.join.choosePlace");
			return "redirect:/programmes/" + id + "/join-requests";
		}
		String[] ids = place.split(":");
		this.invitations.inviteToGroup(Long.parseLong(ids[0]), Long.parseLong(ids[1]), request.email(),
				MemberRole.OFFICER, new Actor(user.id(), user.displayName()), locale);
		this.requests.decide(requestId, true, user.displayName());
		redirect.addFlashAttribute("notice", "learning.join.approved");
		return "redirect:/programmes/" + id + "/join-requests";
	}

	@PostMapping("/programmes/{id}/join-requests/{requestId}/reject")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long requestId,
			RedirectAttributes redirect) {
		this.access.requireEditProgramme(user, id);
		this.requests.pending(id, requestId).orElseThrow(NotFoundException::new);
		this.requests.decide(requestId, false, user.displayName());
		redirect.addFlashAttribute("notice", "learning.join.rejected");
		return "redirect:/programmes/" + id + "/join-requests";
	}

}
