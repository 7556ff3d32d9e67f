package org.citymentor.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.citymentor.shared.mail.Mailer;
import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a random single-use token, valid for an hour, sent by e-mail. Only
 * its SHA-256 hash is stored, so a database leak gives no working links.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();

	private final AppUserRepository users;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String baseUrl;

	PasswordResets(AppUserRepository users, JdbcClient jdbc, Mailer mailer, MessageSource messages,
			PasswordEncoder passwordEncoder, Clock clock, @Value("${citymentor.base-url}") String baseUrl) {
		this.users = users;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends a link when the address belongs to an active account; says nothing either
	 * way.
	 */
	@Transactional
	public void requestReset(String email) {
		Optional<AppUser> found = this.users.findByEmail(email.trim()).filter(AppUser::isEnabled);
		if (found.isEmpty()) {
			return;
		}
		AppUser user = found.get();
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc.sql("update password_reset_token set used_at = ? where user_id = ? and used_at is null")
			.params(Timestamp.from(now), user.getId())
			.update();
		this.jdbc.sql("insert into password_reset_token (user_id, token_hash, expires_at) values (?, ?, ?)")
			.params(user.getId(), hash(token), Timestamp.from(now.plus(VALIDITY)))
			.update();
		Locale locale = SupportedLanguages.localeOf(user.getPreferredLanguage());
		String link = this.baseUrl + "/password/reset?token=" + token;
		this.mailer.send(user.getEmail(), this.messages.getMessage("mail.passwordReset.subject", null, locale),
				this.messages.getMessage("mail.passwordReset.body", new Object[] { user.getDisplayName(), link },
						locale));
	}

	@Transactional(readOnly = true)
	public boolean isValid(String token) {
		return findUsable(token).isPresent();
	}

	/**
	 * Sets the new password and uses up the token; false when the token is unknown, used
	 * or expired.
	 */
	@Transactional
	public boolean resetPassword(String token, String newPassword) {
		Optional<Long> userId = findUsable(token);
		if (userId.isEmpty()) {
			return false;
		}
		int used = this.jdbc.sql("update password_reset_token set used_at = ? where token_hash = ? and used_at is null")
			.params(Timestamp.from(this.clock.instant()), hash(token))
			.update();
		if (used != 1) {
			return false;
		}
		AppUser user = this.users.findById(userId.get()).orElseThrow();
		user.changePassword(this.passwordEncoder.encode(newPassword));
		// whoever knew the old password is signed out everywhere
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(user.getEmail()).update();
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<String> emailForToken(String token) {
		return findUsable(token).flatMap(this.users::findById).map(AppUser::getEmail);
	}

	private Optional<Long> findUsable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select user_id from password_reset_token where token_hash = ? and used_at is null and expires_at > ?")
			.params(hash(token), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.optional();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
