package org.citymentor.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a new installation from
 * {@code CITYMENTOR_ADMIN_EMAIL} and {@code CITYMENTOR_ADMIN_PASSWORD}, once, when no
 * administrator exists yet.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final PasswordPolicy policy;

	private final String email;

	private final String password;

	FirstAdministrator(AccountService accounts, PasswordPolicy policy,
			@Value("${citymentor.admin.email:}") String email,
			@Value("${citymentor.admin.password:}") String password) {
		this.accounts = accounts;
		this.policy = policy;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email.isBlank() || this.accounts.administratorExists()) {
			return;
		}
		var broken = this.policy.check(this.password, java.util.List.of(this.email));
		if (broken.isPresent()) {
			log.error("CITYMENTOR_ADMIN_PASSWORD does not meet the password rules ({}); no administrator was created",
					broken.get());
			return;
		}
		this.accounts.createAccount(this.email, "Administrator", org.citymentor.shared.security.Role.ADMIN, "en", null,
				this.password);
		log.info("Created the first administrator {}", this.email);
	}

}
