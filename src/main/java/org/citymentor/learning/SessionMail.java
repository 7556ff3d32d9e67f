package org.citymentor.learning;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mails of sessions, in each person's language: a confirmation (with the
 * {@code .ics} invitation attached), a place on the waiting list, a place that freed up,
 * a move to the waiting list, a cancelled session. The shared {@link Mailer} sends plain
 * text only, so a message with an attachment is built here the same way.
 */
@Component
class SessionMail {

	private static final Logger log = LoggerFactory.getLogger(SessionMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Mailer mailer;

	private final MessageSource messages;

	private final SessionCalendars calendars;

	private final String from;

	private final String baseUrl;

	SessionMail(ObjectProvider<JavaMailSender> sender, Mailer mailer, MessageSource messages,
			SessionCalendars calendars, @Value("${citymentor.mail.from}") String from,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.sender = sender;
		this.mailer = mailer;
		this.messages = messages;
		this.calendars = calendars;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/**
	 * Kinds of e-mail, each a pair of message keys
	 * {@code learning.mail.<kind>.subject/body}.
	 */
	enum Kind {

		CONFIRMED(true), WAITING(false), PROMOTED(true), MOVED_TO_WAITING(false), CANCELLED(false);

		private final boolean invitation;

		Kind(boolean invitation) {
			this.invitation = invitation;
		}

		String key() {
			return switch (this) {
				case CONFIRMED -> "confirmed";
				case WAITING -> "waiting";
				case PROMOTED -> "promoted";
				case MOVED_TO_WAITING -> "movedToWaiting";
				case CANCELLED -> "cancelled";
			};
		}

	}

	void send(Kind kind, Session session, Recipient to) {
		Locale locale = Locale.forLanguageTag(to.language());
		String when = session.heldOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
				+ ((session.startsAt() != null) ? " " + session.startsAt() : "");
		String link = this.baseUrl + "/learning-sessions/" + session.id();
		String subject = this.messages.getMessage("learning.mail." + kind.key() + ".subject",
				new Object[] { session.title() }, locale);
		String body = this.messages.getMessage("learning.mail." + kind.key() + ".body",
				new Object[] { to.displayName(), session.title(), when, link }, locale);
		if (!kind.invitation) {
			this.mailer.send(to.email(), subject, body);
			return;
		}
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			this.mailer.send(to.email(), subject, body);
			return;
		}
		try {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to.email());
			helper.setSubject(subject);
			helper.setText(body);
			helper.addAttachment("session-" + session.id() + ".ics",
					new ByteArrayResource(this.calendars.invitation(session).getBytes(StandardCharsets.UTF_8)),
					"text/calendar; charset=UTF-8");
			mailSender.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.error("Could not send e-mail '{}' to {}: {}", subject, to.email(), ex.getMessage());
		}
	}

	/** Someone an e-mail goes to. */
	record Recipient(long userId, String email, String displayName, String language) {
	}

}
