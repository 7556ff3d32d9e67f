package org.citymentor.needs;

import java.util.List;
import java.util.Locale;

import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.shared.mail.Mailer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails the other members of a group when one of its forms (needs analysis, action
 * plan) is submitted, shared or commented on (decisions.md 13), once the change is saved.
 * People who switched these notices off on their account page get none; the e-mail holds
 * no answers, only a link.
 */
@Component
class GroupFormNotices {

	private final GroupMembers members;

	private final AccountService accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	GroupFormNotices(GroupMembers members, AccountService accounts, Mailer mailer, MessageSource messages,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.members = members;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void on(GroupFormChanged change) {
		List<Long> others = this.members.of(change.groupId())
			.stream()
			.map(GroupMembers.Member::userId)
			.filter((id) -> id != change.actorId())
			.distinct()
			.toList();
		for (AccountService.Recipient recipient : this.accounts.formNoticeRecipients(others)) {
			Locale locale = Locale.forLanguageTag(recipient.language());
			String subject = this.messages.getMessage(change.mail() + change.what() + ".subject",
					new Object[] { change.city(), change.groupTitle() }, locale);
			String body = this.messages
				.getMessage(
						change.mail() + change.what() + ".body", new Object[] { recipient.displayName(),
								change.actorName(), change.city(), change.groupTitle(), this.baseUrl + change.path() },
						locale);
			this.mailer.send(recipient.email(), subject, body);
		}
	}

}
