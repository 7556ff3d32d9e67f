package org.citymentor.account.web;

import java.util.List;

import jakarta.validation.Valid;
import org.citymentor.account.PasswordPolicy;
import org.citymentor.account.PasswordResets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": ask for a link, then choose a new password with it. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	PasswordResetController(PasswordResets resets, PasswordPolicy policy) {
		this.resets = resets;
		this.policy = policy;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return PasswordPolicy.MIN_LENGTH;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("form", new ForgotPasswordForm(""));
		return "account/forgot-password";
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/forgot-password";
		}
		this.resets.requestReset(form.email());
		return "redirect:/password/sent";
	}

	@GetMapping("/password/sent")
	String linkSent() {
		return "account/reset-link-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
		if (!this.resets.isValid(token)) {
			return "account/reset-link-invalid";
		}
		model.addAttribute("form", new NewPasswordForm(token, "", ""));
		return "account/reset-password";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!this.resets.isValid(form.token())) {
			return "account/reset-link-invalid";
		}
		PasswordChecks.check(this.policy, form.password(), form.confirmation(),
				this.resets.emailForToken(form.token()).map(List::of).orElse(List.of()), result);
		if (result.hasErrors()) {
			return "account/reset-password";
		}
		if (!this.resets.resetPassword(form.token(), form.password())) {
			return "account/reset-link-invalid";
		}
		redirect.addFlashAttribute("notice", "notice.passwordReset");
		return "redirect:/login";
	}

}
