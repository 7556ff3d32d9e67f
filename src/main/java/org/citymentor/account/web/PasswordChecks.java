package org.citymentor.account.web;

import java.util.List;

import org.citymentor.account.PasswordPolicy;

import org.springframework.validation.BindingResult;

/** The password rules and the "type it again" check, as field errors. */
final class PasswordChecks {

	private PasswordChecks() {
	}

	static void check(PasswordPolicy policy, String password, String confirmation, List<String> personalWords,
			BindingResult result) {
		policy.checkFields(password, confirmation, personalWords, result);
	}

}
