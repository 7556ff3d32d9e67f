package org.citymentor.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.personaldata.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account itself. Erasing it keeps the row (contributions point to its id) but leaves
 * nothing to sign in with: the address becomes a placeholder, the password, reset links,
 * failed sign-ins and sessions go, and the account is switched off.
 */
@Component
class AccountPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	AccountPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public Map<String, Object> export(DataSubject person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", PersonalRows.rows(this.jdbc, """
				select u.id, u.email, u.display_name, u.role, u.preferred_language, o.name as organisation,
				       u.enabled, u.created_at, u.form_notices, u.plan_reminders, u.visit_reminders,
				       u.note_reminders, u.follow_up_reminders
				from app_user u left join organisation o on o.id = u.organisation_id where u.id = ?
				""", person.userId()));
		data.put("passwordResetLinks", PersonalRows.rows(this.jdbc,
				"select created_at, expires_at, used_at from password_reset_token where user_id = ? order by created_at",
				person.userId()));
		return data;
	}

	@Override
	public void erase(DataSubject person, String formerMemberLabel) {
		this.jdbc.sql("delete from password_reset_token where user_id = ?").param(person.userId()).update();
		this.jdbc.sql("delete from login_throttle where throttle_key = ?")
			.param("account:" + person.email().toLowerCase(Locale.ROOT))
			.update();
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(person.email()).update();
		this.jdbc.sql("""
				update app_user set email = ?, display_name = ?, password_hash = null, enabled = false,
				       form_notices = false, plan_reminders = false, visit_reminders = false, note_reminders = false,
				       follow_up_reminders = false, version = version + 1
				where id = ?
				""").params(erasedAddress(person.userId()), formerMemberLabel, person.userId()).update();
	}

	/** Unique (the column is) and never deliverable: {@code .invalid} is reserved. */
	static String erasedAddress(long userId) {
		return "erased-" + userId + "@erased.invalid";
	}

}
