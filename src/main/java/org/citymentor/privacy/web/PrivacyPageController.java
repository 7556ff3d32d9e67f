package org.citymentor.privacy.web;

import org.citymentor.privacy.Retention;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy page: public, linked from every page's footer. */
@Controller
class PrivacyPageController {

	private final Retention retention;

	PrivacyPageController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping("/privacy")
	String show(Model model) {
		model.addAttribute("retentionYears", this.retention.years());
		return "privacy/privacy";
	}

}
