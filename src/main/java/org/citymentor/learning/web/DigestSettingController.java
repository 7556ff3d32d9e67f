package org.citymentor.learning.web;

import org.citymentor.learning.DigestSetting;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The digest switch shown on the account page. */
@Controller
class DigestSettingController {

	private final DigestSetting setting;

	DigestSettingController(DigestSetting setting) {
		this.setting = setting;
	}

	@PostMapping("/account/session-digest")
	String save(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "wanted", defaultValue = "false") boolean wanted, RedirectAttributes redirect) {
		this.setting.set(user.id(), wanted);
		redirect.addFlashAttribute("notice", wanted ? "learning.digest.on" : "learning.digest.off");
		return "redirect:/account";
	}

}
