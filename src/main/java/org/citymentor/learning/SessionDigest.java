package org.citymentor.learning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, e-mails the officers of the association's municipalities one digest of the
 * new upcoming open sessions on their themes (the themes of their groups; someone in no
 * group hears of every session). Each session is claimed per person in
 * {@code session_digest_sent} before the e-mail goes, so it is announced once, even with
 * several instances. Members of the session's own group are not told (they plan it);
 * people who switched the digest off on their account page get none. The schedule is
 * {@code citymentor.session-digest.cron} ({@code -} switches it off).
 */
@Component
public class SessionDigest {

	private static final Logger log = LoggerFactory.getLogger(SessionDigest.class);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Sessions sessions;

	private final String baseUrl;

	SessionDigest(JdbcClient jdbc, Mailer mailer, MessageSource messages, Sessions sessions,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.sessions = sessions;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${citymentor.session-digest.cron:0 30 7 * * *}", zone = "${citymentor.time-zone}")
	void daily() {
		int sent = send(this.sessions.today());
		if (sent > 0) {
			log.info("Sent {} session digest(s)", sent);
		}
	}

	/**
	 * Sends the digests of sessions not announced yet.
	 * @return how many people got one
	 */
	@Transactional
	public int send(LocalDate today) {
		List<Row> rows = this.jdbc
			.sql("""
					select m.id, m.title, m.held_on, u.id as user_id, u.email, u.display_name, u.preferred_language
					from group_meeting m
					join mentoring_group g on g.id = m.group_id
					join programme p on p.id = g.programme_id
					join app_user u on u.enabled and u.session_digest and u.organisation_id is not null
					    and (u.organisation_id = p.coordinating_organisation_id
					         or exists (select 1 from association_member am where am.association_id = p.coordinating_organisation_id
					                    and am.member_id = u.organisation_id))
					where m.session_since is not null and m.open_session and m.cancelled_at is null and m.held_on >= :today
					  and not exists (select 1 from session_digest_sent d where d.meeting_id = m.id and d.user_id = u.id)
					  and not exists (select 1 from group_member gm where gm.group_id = m.group_id and gm.user_id = u.id
					                  and gm.removed_at is null)
					  and (not exists (select 1 from group_member own join group_theme ot on ot.group_id = own.group_id
					                   where own.user_id = u.id and own.removed_at is null)
					       or exists (select 1 from group_theme st
					                  join group_theme ot on ot.theme_id = st.theme_id
					                  join group_member own on own.group_id = ot.group_id and own.user_id = u.id and own.removed_at is null
					                  where st.group_id = m.group_id))
					order by u.id, m.held_on, m.id
					""")
			.param("today", today)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		Map<Long, List<Row>> byPerson = new LinkedHashMap<>();
		for (Row row : rows) {
			if (claim(row.sessionId(), row.userId())) {
				byPerson.computeIfAbsent(row.userId(), (k) -> new ArrayList<>()).add(row);
			}
		}
		byPerson.values().forEach(this::mail);
		return byPerson.size();
	}

	private boolean claim(long sessionId, long userId) {
		return this.jdbc
			.sql("insert into session_digest_sent (meeting_id, user_id) values (?, ?) on conflict do nothing")
			.params(sessionId, userId)
			.update() == 1;
	}

	private void mail(List<Row> rows) {
		Row first = rows.get(0);
		Locale locale = Locale.forLanguageTag(first.language());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		StringBuilder list = new StringBuilder();
		for (Row row : rows) {
			list.append("- ")
				.append(row.heldOn().format(dates))
				.append(": ")
				.append(row.title())
				.append("\n  ")
				.append(this.baseUrl)
				.append("/learning-sessions/")
				.append(row.sessionId())
				.append('\n');
		}
		this.mailer.send(first.email(),
				this.messages.getMessage("learning.digest.subject", new Object[] { rows.size() }, locale),
				this.messages.getMessage("learning.digest.body",
						new Object[] { first.displayName(), list.toString(), this.baseUrl + "/account" }, locale));
	}

	private record Row(long sessionId, String title, LocalDate heldOn, long userId, String email, String displayName,
			String language) {
	}

}
