package org.citymentor.account;

import org.citymentor.shared.web.LanguageChosen;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Remembers the language a person picked in the header for their next sign-in. */
@Component
class LanguagePreference {

	private final AppUserRepository users;

	LanguagePreference(AppUserRepository users) {
		this.users = users;
	}

	@EventListener
	@Transactional
	void on(LanguageChosen chosen) {
		this.users.findById(chosen.userId()).ifPresent((user) -> user.preferLanguage(chosen.language()));
	}

}
