package org.citymentor.invitation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.citymentor.account.AccountService;
import org.citymentor.shared.mail.Mailer;
import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The invitation e-mail, in the language of the invited person's account if they have
 * one, else in the language the inviter was using. It leaves only once the invitation is
 * saved, so no e-mail ever holds a link that was rolled back.
 */
@Component
class InvitationMail {

	private final Mailer mailer;

	private final MessageSource messages;

	private final AccountService accounts;

	private final String baseUrl;

	InvitationMail(Mailer mailer, MessageSource messages, AccountService accounts,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.accounts = accounts;
		this.baseUrl = baseUrl;
	}

	void toGroup(String email, String token, Instant expiresAt, String inviterName, String groupTitle,
			String programmeName, String organisationName, Locale inviterLocale) {
		Locale locale = localeFor(email, inviterLocale);
		String subject = this.messages.getMessage("mail.invitation.group.subject", new Object[] { groupTitle }, locale);
		String body = this.messages.getMessage("mail.invitation.group.body", new Object[] { inviterName, groupTitle,
				programmeName, organisationName, link(token), date(expiresAt, locale) }, locale);
		afterCommit(email, subject, body);
	}

	void toCoordinate(String email, String token, Instant expiresAt, String inviterName, String programmeName,
			Locale inviterLocale) {
		Locale locale = localeFor(email, inviterLocale);
		String subject = this.messages.getMessage("mail.invitation.coordinator.subject", new Object[] { programmeName },
				locale);
		String body = this.messages.getMessage("mail.invitation.coordinator.body",
				new Object[] { inviterName, programmeName, link(token), date(expiresAt, locale) }, locale);
		afterCommit(email, subject, body);
	}

	private Locale localeFor(String email, Locale inviterLocale) {
		String language = this.accounts.preferredLanguage(email)
			.orElse((inviterLocale != null) ? inviterLocale.getLanguage() : SupportedLanguages.DEFAULT);
		return SupportedLanguages.localeOf(language);
	}

	private String link(String token) {
		return this.baseUrl + "/invitations/" + token;
	}

	private static String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(ZoneOffset.UTC));
	}

	private void afterCommit(String to, String subject, String body) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.mailer.send(to, subject, body);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				InvitationMail.this.mailer.send(to, subject, body);
			}
		});
	}

}
