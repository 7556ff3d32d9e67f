package org.citymentor.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, e-mails the members of a group that one of its visits starts in 14 or in 2
 * days, in each person's language and with a link to the visit. Each reminder (kind,
 * visit, person, day) is claimed in {@code reminder_sent} before it is sent, so two
 * instances of the application never both send it. People who switched visit reminders
 * off on their account page get none. The schedule is
 * {@code citymentor.visit-reminders.cron} ({@code -} switches the job off).
 */
@Component
@EnableScheduling
public class VisitReminders {

	/** How many days before a visit its members hear of it. */
	static final List<Integer> DAYS_BEFORE = List.of(14, 2);

	static final String UPCOMING_VISIT = "UPCOMING_VISIT";

	static final String NOTES_NOT_WRITTEN = "NOTES_NOT_WRITTEN";

	static final String FOLLOW_UP_PAST_DUE = "FOLLOW_UP_PAST_DUE";

	/** How many days after a visit its members who wrote no notes are asked to. */
	static final int NOTES_AFTER_DAYS = 3;

	private static final Logger log = LoggerFactory.getLogger(VisitReminders.class);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final DisplayZone zone;

	private final String baseUrl;

	VisitReminders(JdbcClient jdbc, Mailer mailer, MessageSource messages, Clock clock, DisplayZone zone,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${citymentor.visit-reminders.cron}", zone = "${citymentor.time-zone}")
	void daily() {
		int sent = send(LocalDate.now(this.clock.withZone(this.zone.zone())));
		if (sent > 0) {
			log.info("Sent {} visit reminder(s)", sent);
		}
	}

	/**
	 * Sends the reminders due on the given day that were not sent yet.
	 * @return how many were sent
	 */
	@Transactional
	public int send(LocalDate today) {
		return upcomingVisits(today) + notesNotWritten(today) + followUpsPastDue(today);
	}

	/**
	 * Three days after a held visit's last day, the group's members who wrote no note on
	 * it are asked to.
	 */
	int notesNotWritten(LocalDate today) {
		List<Person> people = this.jdbc.sql("""
				select v.id as subject_id, v.group_id, v.number, v.ends_on as day, g.title, null as follow_up,
				       u.id as user_id, u.email, u.display_name, u.preferred_language
				from visit v
				join mentoring_group g on g.id = v.group_id
				join group_member m on m.group_id = v.group_id and m.removed_at is null
				join app_user u on u.id = m.user_id
				where v.ends_on = ? and v.status = 'HELD' and u.enabled and u.note_reminders
				  and not exists (select 1 from visit_note n where n.visit_id = v.id and n.author_id = u.id)
				order by v.id, u.id
				""").param(today.minusDays(NOTES_AFTER_DAYS)).query(VisitReminders::person).list();
		int sent = 0;
		for (Person person : people) {
			if (claim(NOTES_NOT_WRITTEN, person.subjectId(), person.userId(), today)) {
				Locale locale = Locale.forLanguageTag(person.language());
				String link = this.baseUrl + "/groups/" + person.groupId() + "/visits/" + person.subjectId()
						+ "/notes/mine";
				this.mailer.send(person.email(),
						this.messages.getMessage("visit.reminder.notes.subject",
								new Object[] { person.number(), person.groupTitle() }, locale),
						this.messages.getMessage("visit.reminder.notes.body", new Object[] { person.displayName(),
								person.number(), person.groupTitle(), date(person.day(), locale), link }, locale));
				sent++;
			}
		}
		return sent;
	}

	/** The day after a follow-up's due date, its owner hears it is not marked done. */
	int followUpsPastDue(LocalDate today) {
		List<Person> people = this.jdbc.sql("""
				select f.id as subject_id, f.group_id, 0 as number, f.due_on as day, g.title, f.title as follow_up,
				       u.id as user_id, u.email, u.display_name, u.preferred_language
				from follow_up f
				join mentoring_group g on g.id = f.group_id
				join app_user u on u.id = f.owner_user_id
				where f.due_on = ? and f.done_at is null and g.status <> 'CLOSED' and u.enabled
				  and u.follow_up_reminders
				  and exists (select 1 from group_member m where m.group_id = f.group_id and m.user_id = u.id
				              and m.removed_at is null)
				order by f.id
				""").param(today.minusDays(1)).query(VisitReminders::person).list();
		int sent = 0;
		for (Person person : people) {
			if (claim(FOLLOW_UP_PAST_DUE, person.subjectId(), person.userId(), today)) {
				Locale locale = Locale.forLanguageTag(person.language());
				String link = this.baseUrl + "/groups/" + person.groupId() + "#follow-ups-open";
				this.mailer
					.send(person.email(),
							this.messages.getMessage("visit.reminder.followUp.subject",
									new Object[] { person.followUp() }, locale),
							this.messages.getMessage(
									"visit.reminder.followUp.body", new Object[] { person.displayName(),
											person.followUp(), person.groupTitle(), date(person.day(), locale), link },
									locale));
				sent++;
			}
		}
		return sent;
	}

	private static String date(LocalDate day, Locale locale) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	private static Person person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Person(rs.getLong("subject_id"), rs.getLong("group_id"), rs.getInt("number"),
				rs.getObject("day", LocalDate.class), rs.getString("title"), rs.getString("follow_up"),
				rs.getLong("user_id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("preferred_language"));
	}

	/** Someone to remind of a visit's notes or of a follow-up. */
	private record Person(long subjectId, long groupId, int number, LocalDate day, String groupTitle, String followUp,
			long userId, String email, String displayName, String language) {
	}

	/** Visits that are neither held nor cancelled and start 14 or 2 days from today. */
	int upcomingVisits(LocalDate today) {
		int sent = 0;
		for (int days : DAYS_BEFORE) {
			List<Upcoming> upcoming = this.jdbc.sql("""
					select v.id, v.group_id, v.number, v.starts_on, v.ends_on, v.place, v.meeting_link, g.title,
					       u.id as user_id, u.email, u.display_name, u.preferred_language
					from visit v
					join mentoring_group g on g.id = v.group_id
					join group_member m on m.group_id = v.group_id and m.removed_at is null
					join app_user u on u.id = m.user_id
					where v.starts_on = ? and v.status in ('PLANNED', 'CONFIRMED') and g.status <> 'CLOSED'
					  and u.enabled and u.visit_reminders
					order by v.id, u.id
					""")
				.param(today.plusDays(days))
				.query((rs, n) -> new Upcoming(rs.getLong("id"), rs.getLong("group_id"), rs.getInt("number"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						rs.getString("place"), rs.getString("meeting_link"), rs.getString("title"),
						rs.getLong("user_id"), rs.getString("email"), rs.getString("display_name"),
						rs.getString("preferred_language")))
				.list();
			for (Upcoming visit : upcoming) {
				if (claim(UPCOMING_VISIT, visit.visitId(), visit.userId(), today)) {
					remind(visit, days);
					sent++;
				}
			}
		}
		return sent;
	}

	/** True for the one instance that may send this reminder. */
	private boolean claim(String kind, long subjectId, long userId, LocalDate today) {
		return this.jdbc.sql("""
				insert into reminder_sent (kind, subject_id, user_id, due_on) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(kind, subjectId, userId, today).update() == 1;
	}

	private void remind(Upcoming visit, int days) {
		Locale locale = Locale.forLanguageTag(visit.language());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String link = this.baseUrl + "/groups/" + visit.groupId() + "/visits/" + visit.visitId();
		String where = (visit.place() != null && !visit.place().isBlank()) ? visit.place()
				: (visit.meetingLink() != null && !visit.meetingLink().isBlank()) ? visit.meetingLink()
						: this.messages.getMessage("visit.reminder.placeUnknown", null, locale);
		String subject = this.messages.getMessage("visit.reminder.subject",
				new Object[] { visit.number(), visit.groupTitle(), days }, locale);
		String body = this.messages.getMessage(
				visit.startsOn().equals(visit.endsOn()) ? "visit.reminder.bodyOneDay" : "visit.reminder.body",
				new Object[] { visit.displayName(), visit.number(), visit.groupTitle(), visit.startsOn().format(dates),
						visit.endsOn().format(dates), where, link },
				locale);
		this.mailer.send(visit.email(), subject, body);
	}

	private record Upcoming(long visitId, long groupId, int number, LocalDate startsOn, LocalDate endsOn, String place,
			String meetingLink, String groupTitle, long userId, String email, String displayName, String language) {
	}

}
