package org.citymentor.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Link tokens: 32 random bytes, URL-safe Base64 in the link, SHA-256 hex in the database.
 */
final class InvitationTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{20,100}");

	private InvitationTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hash to look a token up by; empty when it cannot be one of ours. */
	static Optional<String> hashOf(String token) {
		return (token != null && WELL_FORMED.matcher(token).matches()) ? Optional.of(hash(token)) : Optional.empty();
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
