package org.citymentor.privacy.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.privacy.ErasureRefusedException;
import org.citymentor.privacy.Privacy;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator erases a person (decisions.md 15), confirmed twice: a page saying what
 * happens, then typing the person's e-mail address. Only administrators reach
 * {@code /admin/**}; nobody erases themselves, and the last administrator stays.
 */
@Controller
class ErasureController {

	private final Privacy privacy;

	ErasureController(Privacy privacy) {
		this.privacy = privacy;
	}

	/** The administrator's way to a person: by their e-mail address. */
	@GetMapping("/admin/personal-data")
	String find(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
		model.addAttribute("email", email);
		if (email != null && !email.isBlank()) {
			Long id = this.privacy.findByEmail(email.trim()).orElse(null);
			if (id != null) {
				return "redirect:/admin/people/" + id + "/erase";
			}
			model.addAttribute("notFound", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "privacy/find";
	}

	@GetMapping("/admin/people/{id}/erase")
	String explain(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		Privacy.Person person = this.privacy.person(id).orElseThrow(NotFoundException::new);
		model.addAttribute("person", person);
		model.addAttribute("erasedAt", this.privacy.erasedAt(id).orElse(null));
		model.addAttribute("refusal", this.privacy.refusal(id, admin.id()).orElse(null));
		return "privacy/erase";
	}

	@GetMapping("/admin/people/{id}/erase/confirm")
	String confirmForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		Privacy.Person person = this.privacy.person(id).orElseThrow(NotFoundException::new);
		if (this.privacy.refusal(id, admin.id()).isPresent() || this.privacy.erasedAt(id).isPresent()) {
			return "redirect:/admin/people/" + id + "/erase";
		}
		model.addAttribute("person", person);
		return "privacy/erase-confirm";
	}

	@PostMapping("/admin/people/{id}/erase")
	String erase(@PathVariable long id, @RequestParam(defaultValue = "") String confirmEmail,
			@AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Privacy.Person person = this.privacy.person(id).orElseThrow(NotFoundException::new);
		model.addAttribute("person", person);
		model.addAttribute("confirmEmail", confirmEmail);
		if (this.privacy.erasedAt(id).isPresent()) {
			return "redirect:/admin/people/" + id + "/erase";
		}
		if (!confirmEmail.trim().toLowerCase(Locale.ROOT).equals(person.email().toLowerCase(Locale.ROOT))) {
			model.addAttribute("error",
					confirmEmail.isBlank() ? "privacy.erase.confirm.required" : "privacy.erase.confirm.mismatch");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "privacy/erase-confirm";
		}
		try {
			this.privacy.erase(id, admin.id());
		}
		catch (ErasureRefusedException ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("erasedAt", null);
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "privacy/erase";
		}
		redirect.addFlashAttribute("notice", "privacy.erase.done");
		return "redirect:/admin/personal-data";
	}

}
