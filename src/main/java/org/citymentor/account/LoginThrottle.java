package org.citymentor.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progressive delay after repeated failed sign-ins, per account and per client address,
 * kept in the database so every app instance applies it. Unknown e-mail addresses are
 * counted exactly like known ones, so the delay says nothing about whether an account
 * exists.
 */
@Component
class LoginThrottle {

	static final int FREE_ACCOUNT_FAILURES = 5;

	static final int FREE_CLIENT_FAILURES = 20;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofHours(24);

	/** The length of {@code login_throttle.throttle_key}. */
	private static final int MAX_KEY_LENGTH = 400;

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isThrottled(String email, String client) {
		return waitFor(accountKey(email), FREE_ACCOUNT_FAILURES) || waitFor(clientKey(client), FREE_CLIENT_FAILURES);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String email, String client) {
		increment(accountKey(email));
		increment(clientKey(client));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String email) {
		this.jdbc.sql("delete from login_throttle where throttle_key = ?").param(accountKey(email)).update();
	}

	static Duration delayAfter(int failures, int freeFailures) {
		if (failures < freeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - freeFailures, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private boolean waitFor(String key, int freeFailures) {
		return this.jdbc.sql("select failures, last_failure_at from login_throttle where throttle_key = ?")
			.param(key)
			.query((rs, row) -> {
				Instant last = rs.getTimestamp("last_failure_at").toInstant();
				Instant now = this.clock.instant();
				if (last.plus(FORGET_AFTER).isBefore(now)) {
					return false;
				}
				return last.plus(delayAfter(rs.getInt("failures"), freeFailures)).isAfter(now);
			})
			.optional()
			.orElse(false);
	}

	private void increment(String key) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp forgetBefore = Timestamp.from(this.clock.instant().minus(FORGET_AFTER));
		this.jdbc
			.sql("""
					insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)
					on conflict (throttle_key) do update set
					  failures = case when login_throttle.last_failure_at < :forget then 1 else login_throttle.failures + 1 end,
					  last_failure_at = :now
					""")
			.param("key", key)
			.param("now", now)
			.param("forget", forgetBefore)
			.update();
	}

	private static String accountKey(String email) {
		return key("account:", (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "");
	}

	private static String clientKey(String client) {
		return key("client:", (client != null) ? client : "unknown");
	}

	/**
	 * Fits the key column: no real address is that long, so all overlong input shares one
	 * key instead of failing the sign-in with a database error.
	 */
	private static String key(String prefix, String value) {
		String key = prefix + value;
		return (key.length() <= MAX_KEY_LENGTH) ? key : key.substring(0, MAX_KEY_LENGTH);
	}

}
