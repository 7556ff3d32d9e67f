package org.citymentor.account;

import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * NIST SP 800-63B: long enough, long passphrases allowed, no composition rules, and
 * nothing common or trivially guessable (zxcvbn's bundled lists of common passwords,
 * words and patterns).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 15;

	public static final int MAX_LENGTH = 256;

	private static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** Returns the message key of the first rule the password breaks, if any. */
	public Optional<String> check(String password, List<String> personalWords) {
		// characters as a person counts them: an emoji is one, not two UTF-16 units
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH) {
			return Optional.of("password.rule.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.rule.tooLong");
		}
		if (this.zxcvbn.measure(password, personalWords).getScore() < MIN_SCORE) {
			return Optional.of("password.rule.common");
		}
		return Optional.empty();
	}

	/**
	 * The rules and the "type it again" check as field errors on {@code password} and
	 * {@code confirmation}, for every form where someone chooses a password.
	 */
	public void checkFields(String password, String confirmation, List<String> personalWords, Errors errors) {
		if (errors.hasFieldErrors("password")) {
			return;
		}
		check(password, personalWords)
			.ifPresent((key) -> errors.rejectValue("password", key, new Object[] { MIN_LENGTH, MAX_LENGTH }, null));
		if (!errors.hasFieldErrors("password") && !password.equals(confirmation)) {
			errors.rejectValue("confirmation", "password.rule.mismatch");
		}
	}

}
