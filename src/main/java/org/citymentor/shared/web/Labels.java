package org.citymentor.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Choices for a select or radios from an enum, labelled by {@code <prefix>.<NAME>}
 * messages.
 */
@Component
public class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	public List<Option> of(Enum<?>[] values, String prefix, Locale locale) {
		return Arrays.stream(values)
			.map((value) -> new Option(value.name(),
					this.messages.getMessage(prefix + "." + value.name(), null, locale)))
			.toList();
	}

}
