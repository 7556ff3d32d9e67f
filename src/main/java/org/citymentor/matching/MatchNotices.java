package org.citymentor.matching;

import java.util.Locale;

import org.citymentor.account.AccountService;
import org.citymentor.shared.mail.Mailer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends the e-mails of matching in each person's language, after the commit. */
@Component
class MatchNotices {

	private static final String PREFIX = "matching.mail.";

	private final AccountService accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	MatchNotices(AccountService accounts, Mailer mailer, MessageSource messages,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void on(MatchNotice notice) {
		this.accounts.people(notice.userIds()).values().forEach((person) -> {
			Locale locale = Locale.forLanguageTag(this.accounts.preferredLanguage(person.email()).orElse("en"));
			Object[] args = { person.displayName(), notice.mentee(), notice.mentor(), this.baseUrl + notice.path() };
			this.mailer.send(person.email(),
					this.messages.getMessage(PREFIX + notice.kind() + ".subject", args, locale),
					this.messages.getMessage(PREFIX + notice.kind() + ".body", args, locale));
		});
	}

}
