package org.citymentor.learning;

import org.citymentor.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person gets the digest of new sessions (the switch on their account page).
 */
@Service("sessionDigestSetting")
@Transactional
public class DigestSetting {

	private final JdbcClient jdbc;

	DigestSetting(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean wanted(CurrentUser user) {
		return this.jdbc.sql("select session_digest from app_user where id = ?")
			.param(user.id())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void set(long userId, boolean wanted) {
		this.jdbc.sql("update app_user set session_digest = ? where id = ?").params(wanted, userId).update();
	}

}
