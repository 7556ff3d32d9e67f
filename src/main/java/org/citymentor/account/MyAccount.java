package org.citymentor.account;

import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person does on their own account page. */
@Service
public class MyAccount {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	MyAccount(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public Profile profile(long userId) {
		AppUser user = this.users.findById(userId).orElseThrow(NotFoundException::new);
		return new Profile(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage(), user.isFormNotices(),
				user.isPlanReminders(), user.isVisitReminders(), user.isNoteReminders(), user.isFollowUpReminders());
	}

	@Transactional
	public void updateProfile(long userId, String displayName, String language, boolean formNotices,
			boolean planReminders, boolean visitReminders, boolean noteReminders, boolean followUpReminders) {
		AppUser user = this.users.findById(userId).orElseThrow(NotFoundException::new);
		user.rename(displayName);
		user.receiveFormNotices(formNotices);
		user.receivePlanReminders(planReminders);
		user.receiveVisitReminders(visitReminders);
		user.receiveNoteReminders(noteReminders);
		user.receiveFollowUpReminders(followUpReminders);
		if (SupportedLanguages.isSupported(language)) {
			user.preferLanguage(language);
		}
	}

	@Transactional(readOnly = true)
	public boolean isCurrentPassword(long userId, String password) {
		return this.users.findById(userId)
			.filter(AppUser::hasPassword)
			.map((user) -> this.passwordEncoder.matches(password, user.toCurrentUser().getPassword()))
			.orElse(false);
	}

	@Transactional
	public void changePassword(long userId, String newPassword) {
		AppUser user = this.users.findById(userId).orElseThrow(NotFoundException::new);
		user.changePassword(this.passwordEncoder.encode(newPassword));
	}

	/** The editable part of an account. */
	public record Profile(String email, String displayName, String language, boolean formNotices, boolean planReminders,
			boolean visitReminders, boolean noteReminders, boolean followUpReminders) {
	}

}
