package org.citymentor.learning;

import java.util.List;
import java.util.Locale;

import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Option;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices of the filters on the list of sessions, drawn from the sessions a person
 * sees.
 */
@Service
@Transactional(readOnly = true)
public class SessionOptions {

	private static final String UPCOMING = Sessions.SELECT + " and m.held_on >= :today and m.cancelled_at is null"
			+ Sessions.VISIBLE;

	private final JdbcClient jdbc;

	private final Themes themes;

	private final Sessions sessions;

	SessionOptions(JdbcClient jdbc, Themes themes, Sessions sessions) {
		this.jdbc = jdbc;
		this.themes = themes;
		this.sessions = sessions;
	}

	public List<Option> themes(CurrentUser user, Locale locale) {
		List<Long> ids = upcoming(user,
				"select distinct t.theme_id from group_theme t where t.group_id in (select group_id from (%s) s)",
				Long.class);
		return this.themes.options(locale).stream().filter((o) -> ids.contains(Long.valueOf(o.value()))).toList();
	}

	public List<Option> actions(CurrentUser user) {
		return upcomingOptions(user,
				"select distinct action_id, action_number, action_title from (%s) s where action_id is not null order by action_title",
				true);
	}

	public List<Option> mentors(CurrentUser user) {
		return upcomingOptions(user,
				"select distinct mentor_id, null, mentor_name from (%s) s where mentor_id is not null order by mentor_name",
				false);
	}

	private <T> List<T> upcoming(CurrentUser user, String sql, Class<T> type) {
		return this.jdbc.sql(sql.formatted(UPCOMING))
			.param("today", this.sessions.today())
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query(type)
			.list();
	}

	private List<Option> upcomingOptions(CurrentUser user, String sql, boolean numbered) {
		return this.jdbc.sql(sql.formatted(UPCOMING))
			.param("today", this.sessions.today())
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query((rs, n) -> {
				Object number = rs.getObject(2);
				String label = (numbered && number != null) ? number + ". " + rs.getString(3) : rs.getString(3);
				return new Option(String.valueOf(rs.getLong(1)), label);
			})
			.list();
	}

	/** The member municipalities of an association (for walk-ins). */
	public List<Option> municipalities(long associationId) {
		return this.jdbc.sql("""
				select o.id, o.name from association_member am join organisation o on o.id = am.member_id
				where am.association_id = ? order by o.name
				""")
			.param(associationId)
			.query((rs, n) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
			.list();
	}

	/**
	 * The programmes the person coordinates (all for admins), for links to reach and
	 * requests.
	 */
	public List<Option> coordinated(CurrentUser user) {
		return this.jdbc
			.sql("""
					select p.id, p.name from programme p
					where :admin or exists (select 1 from programme_coordinator pc where pc.programme_id = p.id and pc.user_id = :user)
					order by p.name limit 50
					""")
			.param("admin", user.isAdmin())
			.param("user", user.id())
			.query((rs, n) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
			.list();
	}

}
