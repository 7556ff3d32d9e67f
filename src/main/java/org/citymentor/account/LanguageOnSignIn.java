package org.citymentor.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.LanguageResolver;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in the pages switch to the language the person chose on their account page.
 */
@Component
class LanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AppUserRepository users;

	private final LanguageResolver languages = new LanguageResolver();

	LanguageOnSignIn(AppUserRepository users) {
		this.users = users;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			this.users.findById(user.id())
				.ifPresent((found) -> this.languages.setLanguage(request, response, found.getPreferredLanguage()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
