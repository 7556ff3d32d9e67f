package org.citymentor.account.web;

import java.util.List;

import org.citymentor.account.PasswordPolicy;

import org.springframework.validation.BindingResult;

/**
 * The password rules and the "type it again" check, as field errors on {@code password}
 * and {@code confirmation}; also used where an invitation creates an account.
 */
public final class PasswordChecks {

	private PasswordChecks() {
	}

	public static void check(PasswordPolicy policy, String password, String confirmation, List<String> personalWords,
			BindingResult result) {
		if (result.hasFieldErrors("password")) {
			return;
		}
		policy.check(password, personalWords)
			.ifPresent((key) -> result.rejectValue("password", key,
					new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null));
		if (!result.hasFieldErrors("password") && !password.equals(confirmation)) {
			result.rejectValue("confirmation", "password.rule.mismatch");
		}
	}

}
