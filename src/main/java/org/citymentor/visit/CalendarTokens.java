package org.citymentor.visit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret addresses of personal calendar feeds. A token is 32 random bytes; only its
 * SHA-256 hash is stored, so the database does not reveal the addresses. A person has at
 * most one feed: a new token replaces the old one, and stopping the feed deletes it,
 * after which the old address answers 404.
 */
@Service
@Transactional
public class CalendarTokens {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new feed address for the person, replacing the one they had; shown to them once.
	 */
	public String create(long userId) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into calendar_feed (user_id, token_hash, created_at) values (?, ?, ?)
				on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
				""").params(userId, hash(token), Timestamp.from(this.clock.instant())).update();
		return token;
	}

	/** Stops the person's feed: its address no longer answers. */
	public void revoke(long userId) {
		this.jdbc.sql("delete from calendar_feed where user_id = ?").param(userId).update();
	}

	/** When the person's current feed address was made; empty without a feed. */
	@Transactional(readOnly = true)
	public Optional<Instant> createdAt(long userId) {
		return this.jdbc.sql("select created_at from calendar_feed where user_id = ?")
			.param(userId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * The enabled account this token is the feed of; empty for an unknown or revoked one.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> userOf(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		byte[] hash = hash(token);
		return this.jdbc.sql("""
				select f.user_id, f.token_hash from calendar_feed f join app_user u on u.id = f.user_id
				where f.token_hash = ? and u.enabled
				""")
			.param(hash)
			.query((rs, n) -> new Feed(rs.getLong(1), rs.getBytes(2)))
			.list()
			.stream()
			.filter((feed) -> MessageDigest.isEqual(hash, feed.hash()))
			.map(Feed::userId)
			.findFirst();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Feed(long userId, byte[] hash) {
	}

}
