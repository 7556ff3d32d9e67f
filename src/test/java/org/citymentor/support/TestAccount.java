package org.citymentor.support;

import java.util.UUID;

import org.citymentor.account.AccountService;
import org.citymentor.shared.security.Role;

/**
 * A person a test creates for itself. All test classes share one database, so every
 * account gets an e-mail address no other test uses.
 */
public record TestAccount(long id, String email, String displayName, String password) {

	public static final String PASSWORD = "amber lantern drifts north 17";

	public static TestAccount create(AccountService accounts, String label, Role role) {
		String email = uniqueEmail(label);
		String displayName = "Test " + label;
		long id = accounts.createAccount(email, displayName, role, "en", null, PASSWORD);
		return new TestAccount(id, email, displayName, PASSWORD);
	}

	public static String uniqueEmail(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.citymentor.example";
	}

}
