package org.citymentor.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail through SMTP when {@code spring.mail.host} is set; otherwise
 * writes the message to the log, so a development machine needs no mail server.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${citymentor.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	public void send(String to, String subject, String body) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("E-mail not sent (no SMTP server configured)\nTo: {}\nSubject: {}\n\n{}", to, subject, body);
			return;
		}
		try {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			mailSender.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.error("Could not send e-mail '{}' to {}: {}", subject, to, ex.getMessage());
		}
	}

}
