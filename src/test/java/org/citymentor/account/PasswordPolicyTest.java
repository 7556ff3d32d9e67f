package org.citymentor.account;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B length rules and the check against guessable passwords. */
class PasswordPolicyTest {

	private static final String SENTENCE = "Seven amber foxes quietly juggle umbrellas beside the crooked "
			+ "lighthouse while the tram hums; then forty-two marmalade kites drift eastward over Ostend harbour, "
			+ "humming odd tunes in a borrowed key until the gulls complain about the noise and the tide turns late";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void fourteenCharactersAreTooShort() {
		assertThat(this.policy.check("kx7#Tq9vLm2pWz", List.of())).contains("password.rule.tooShort");
	}

	@Test
	void nothingIsTooShort() {
		assertThat(this.policy.check("", List.of())).contains("password.rule.tooShort");
		assertThat(this.policy.check(null, List.of())).contains("password.rule.tooShort");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kx7#Tq9vLm2pWz4", "violet quasar 9", "rq8-vexo-tilm3z" })
	void fifteenRandomCharactersAreEnough(String password) {
		assertThat(password).hasSize(15);
		assertThat(this.policy.check(password, List.of())).isEmpty();
	}

	@Test
	void aLongPassphraseIsAccepted() {
		String password = SENTENCE.substring(0, 200);
		assertThat(this.policy.check(password, List.of())).isEmpty();
	}

	@Test
	void theLongestAllowedPassphraseIsAccepted() {
		String password = (SENTENCE + " " + SENTENCE).substring(0, PasswordPolicy.MAX_LENGTH);
		assertThat(this.policy.check(password, List.of())).isEmpty();
	}

	@Test
	void longerThanTheMaximumIsRejected() {
		String password = (SENTENCE + " " + SENTENCE).substring(0, PasswordPolicy.MAX_LENGTH + 1);
		assertThat(this.policy.check(password, List.of())).contains("password.rule.tooLong");
	}

	/**
	 * Characters are counted as a person counts them: an emoji is one character (two
	 * UTF-16 units), for the minimum and the maximum alike.
	 */
	@Test
	void charactersAreCountedAsPeopleCountThem() {
		String tulips = "\uD83C\uDF37".repeat(100);
		String password = tulips + SENTENCE.substring(0, PasswordPolicy.MAX_LENGTH - 100);
		assertThat(password.codePointCount(0, password.length())).isEqualTo(PasswordPolicy.MAX_LENGTH);
		assertThat(this.policy.check(password, List.of())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "123456789012345", "qwertyuiopasdfgh", "aaaaaaaaaaaaaaa",
			"abcdefghijklmno", "Password1234567", "iloveyouiloveyou" })
	void commonAndPatternedPasswordsAreRejected(String password) {
		assertThat(this.policy.check(password, List.of())).contains("password.rule.common");
	}

	@Test
	void thePersonsOwnEmailAddressIsRejected() {
		String email = "anna.devries@mechelen.example";
		assertThat(this.policy.check(email, List.of(email))).contains("password.rule.common");
	}

}
