package org.citymentor.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.citymentor.account.MyAccount;
import org.citymentor.account.PasswordPolicy;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.LanguageResolver;
import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own account: name, language and password. */
@Controller
class AccountController {

	private final MyAccount account;

	private final PasswordPolicy policy;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	AccountController(MyAccount account, PasswordPolicy policy) {
		this.account = account;
		this.policy = policy;
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return SupportedLanguages.CODES;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		MyAccount.Profile profile = this.account.profile(user.id());
		model.addAttribute("email", profile.email());
		model.addAttribute("form",
				new ProfileForm(profile.displayName(), profile.language(), profile.formNotices(),
						profile.planReminders(), profile.visitReminders(), profile.noteReminders(),
						profile.followUpReminders()));
		return "account/account";
	}

	@PostMapping("/account")
	String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("email", this.account.profile(user.id()).email());
			return "account/account";
		}
		this.account.updateProfile(user.id(), form.displayName(), form.language(), form.wantsFormNotices(),
				form.wantsPlanReminders(), form.wantsVisitReminders(), form.wantsNoteReminders(),
				form.wantsFollowUpReminders());
		signedInAs(user.withDisplayName(form.displayName().trim()), request, response);
		new LanguageResolver().setLanguage(request, response, form.language());
		redirect.addFlashAttribute("notice", "notice.accountSaved");
		return "redirect:/account";
	}

	/** Pages show the name kept in the session, so the session learns the new one. */
	private void signedInAs(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new ChangePasswordForm("", "", ""));
		return "account/change-password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.account.isCurrentPassword(user.id(), form.currentPassword())) {
			result.rejectValue("currentPassword", "password.rule.currentWrong");
		}
		PasswordChecks.check(this.policy, form.password(), form.confirmation(), List.of(user.email()), result);
		if (result.hasErrors()) {
			return "account/change-password";
		}
		this.account.changePassword(user.id(), form.password());
		redirect.addFlashAttribute("notice", "notice.passwordChanged");
		return "redirect:/account";
	}

}
