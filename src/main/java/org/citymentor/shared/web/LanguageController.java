package org.citymentor.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch in the header: a plain form, so it works without JavaScript. */
@Controller
class LanguageController {

	private final ApplicationEventPublisher events;

	LanguageController(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostMapping("/language")
	String switchLanguage(@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "returnTo", required = false) String returnTo,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		if (SupportedLanguages.isSupported(lang)) {
			new LanguageResolver().setLanguage(request, response, lang);
			if (user != null) {
				this.events.publishEvent(new LanguageChosen(user.id(), lang));
			}
		}
		return "redirect:" + safeReturnPath(returnTo);
	}

	static String safeReturnPath(String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.startsWith("/error") || returnTo.chars().anyMatch(Character::isISOControl)) {
			return "/";
		}
		return returnTo;
	}

}
