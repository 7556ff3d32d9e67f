package org.citymentor.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citymentor.shared.security.Role;
import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules see them: create a person, look people up by id. */
@Service
public class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	/** Creates an account; the password is hashed, never stored as given. */
	@Transactional
	public long createAccount(String email, String displayName, Role role, String language, Long organisationId,
			String rawPassword) {
		AppUser user = new AppUser(email, displayName, role,
				SupportedLanguages.isSupported(language) ? language : SupportedLanguages.DEFAULT, organisationId);
		if (rawPassword != null) {
			user.changePassword(this.passwordEncoder.encode(rawPassword));
		}
		return this.users.save(user).getId();
	}

	@Transactional(readOnly = true)
	public Optional<Long> findIdByEmail(String email) {
		return this.users.findByEmail(email.trim()).map(AppUser::getId);
	}

	/** The language an account chose for its pages and e-mails. */
	@Transactional(readOnly = true)
	public Optional<String> preferredLanguage(String email) {
		return this.users.findByEmail(email.trim()).map(AppUser::getPreferredLanguage);
	}

	/**
	 * Gives a member the coordinator role (accepting an invitation to coordinate a
	 * programme); coordinators and administrators stay as they are.
	 */
	@Transactional
	public void promoteToCoordinator(long userId) {
		this.users.findById(userId).ifPresent(AppUser::promoteToCoordinator);
	}

	@Transactional(readOnly = true)
	public boolean administratorExists() {
		return this.users.existsByRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public Optional<Person> person(long id) {
		return this.users.findById(id).map(AccountService::toPerson);
	}

	@Transactional(readOnly = true)
	public Map<Long, Person> people(Collection<Long> ids) {
		return this.users.findAllById(ids)
			.stream()
			.map(AccountService::toPerson)
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/**
	 * Of these people, those who want e-mail about the forms of their groups (and may
	 * still sign in), with the language to write to them in.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> formNoticeRecipients(Collection<Long> ids) {
		return this.users.findAllById(ids)
			.stream()
			.filter((user) -> user.isEnabled() && user.isFormNotices())
			.map((user) -> new Recipient(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage()))
			.toList();
	}

	/** Someone to write to. */
	public record Recipient(String email, String displayName, String language) {
	}

	/** People who may be made coordinators of a programme. */
	@Transactional(readOnly = true)
	public List<Person> coordinatorCandidates() {
		return this.users.findByRoleInAndEnabledTrueOrderByDisplayName(List.of(Role.ADMIN, Role.COORDINATOR))
			.stream()
			.map(AccountService::toPerson)
			.toList();
	}

	private static Person toPerson(AppUser user) {
		return new Person(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
				user.getOrganisationId());
	}

	/** What other modules may know of a person. */
	public record Person(long id, String email, String displayName, Role role, Long organisationId) {
	}

}
