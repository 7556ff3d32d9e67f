package org.citymentor.invitation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.citymentor.account.PasswordPolicy;
import org.citymentor.account.SessionSignIn;
import org.citymentor.invitation.InvitationAcceptance;
import org.citymentor.invitation.InvitationAcceptance.Accepted;
import org.citymentor.invitation.InvitationDetails;
import org.citymentor.invitation.InvitationNotUsableException;
import org.citymentor.invitation.InvitationStatus;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens, for anyone who holds the link. A new person chooses
 * a name and password; someone with an account signs in (and comes back here) and joins
 * with one button. A link that no longer works says why, with a 4xx status.
 */
@Controller
class AcceptInvitationController {

	private final InvitationAcceptance acceptance;

	private final PasswordPolicy policy;

	private final SessionSignIn signIn;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	AcceptInvitationController(InvitationAcceptance acceptance, PasswordPolicy policy, SessionSignIn signIn) {
		this.acceptance = acceptance;
		this.policy = policy;
		this.signIn = signIn;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<InvitationDetails> found = this.acceptance.find(token);
		if (found.isEmpty() || found.get().status().isClosed()) {
			return notUsable(found.map(InvitationDetails::status).orElse(null), found, user, model, response);
		}
		InvitationDetails invitation = found.get();
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		if (user != null) {
			return invitation.isFor(user) ? "invitations/accept-join" : wrongAccount(user, model, response);
		}
		if (invitation.accountExists()) {
			// after signing in, Spring Security's saved request brings the person back
			// here
			this.requestCache.saveRequest(request, response);
			return "invitations/accept-sign-in";
		}
		model.addAttribute("form", new NewAccountForm("", "", ""));
		return "invitations/accept-new";
	}

	@PostMapping("/invitations/{token}")
	String createAccount(@PathVariable String token, @Valid @ModelAttribute("form") NewAccountForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<InvitationDetails> found = this.acceptance.find(token);
		if (found.isEmpty() || found.get().status().isClosed()) {
			return notUsable(found.map(InvitationDetails::status).orElse(null), found, user, model, response);
		}
		InvitationDetails invitation = found.get();
		if (user != null || invitation.accountExists()) {
			return "redirect:/invitations/" + token;
		}
		List<String> personalWords = new ArrayList<>(List.of(invitation.email()));
		if (form.displayName() != null) {
			personalWords.add(form.displayName());
		}
		this.policy.checkFields(form.password(), form.confirmation(), personalWords, result);
		if (result.hasErrors()) {
			model.addAttribute("invitation", invitation);
			model.addAttribute("token", token);
			return "invitations/accept-new";
		}
		try {
			Optional<Accepted> accepted = this.acceptance.acceptWithNewAccount(token, form.displayName(),
					form.password(), locale.getLanguage());
			if (accepted.isEmpty()) {
				return "redirect:/invitations/" + token;
			}
			return welcome(invitation, accepted.get(), request, response, redirect);
		}
		catch (InvitationNotUsableException ex) {
			return notUsable(ex.status(), found, user, model, response);
		}
		catch (DataIntegrityViolationException ex) {
			// an account with this address was created at the same moment: sign in
			// instead
			return "redirect:/invitations/" + token;
		}
	}

	@PostMapping("/invitations/{token}/join")
	String join(@PathVariable String token, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<InvitationDetails> found = this.acceptance.find(token);
		if (found.isEmpty() || found.get().status().isClosed()) {
			return notUsable(found.map(InvitationDetails::status).orElse(null), found, user, model, response);
		}
		InvitationDetails invitation = found.get();
		if (user == null) {
			return "redirect:/invitations/" + token;
		}
		if (!invitation.isFor(user)) {
			model.addAttribute("invitation", invitation);
			return wrongAccount(user, model, response);
		}
		try {
			return welcome(invitation, this.acceptance.acceptAsExistingUser(token, user), request, response, redirect);
		}
		catch (InvitationNotUsableException ex) {
			return notUsable(ex.status(), found, user, model, response);
		}
	}

	private String welcome(InvitationDetails invitation, Accepted accepted, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		// a new session id, and a principal that carries a role the invitation may have
		// raised
		this.signIn.signIn(accepted.userId(), request, response);
		redirect.addFlashAttribute("notice", invitation.isToGroup() ? "notice.joinedGroup" : "notice.joinedProgramme");
		return "redirect:" + accepted.targetPath();
	}

	private String wrongAccount(CurrentUser user, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("signedInAs", user.email());
		return "invitations/accept-wrong-account";
	}

	private String notUsable(InvitationStatus status, Optional<InvitationDetails> found, CurrentUser user, Model model,
			HttpServletResponse response) {
		response.setStatus((status == null) ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("reason", (status != null) ? status.name() : "UNKNOWN");
		InvitationDetails invitation = found.orElse(null);
		boolean acceptedByYou = invitation != null && user != null && invitation.acceptedBy() != null
				&& invitation.acceptedBy() == user.id();
		model.addAttribute("continuePath", acceptedByYou ? invitation.targetPath() : null);
		return "invitations/link-invalid";
	}

}
