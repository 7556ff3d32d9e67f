package org.citymentor.matching.web;

import org.citymentor.matching.Suggestion.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reason of a suggestion in the reader's language: its arguments (numbers, names) go to
 * the message one by one, which a template's message expression cannot do with a list.
 */
@Component("matchingTexts")
public class MatchingTexts {

	private final MessageSource messages;

	MatchingTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Reason reason) {
		return this.messages.getMessage(reason.key(), reason.arguments(), LocaleContextHolder.getLocale());
	}

}
