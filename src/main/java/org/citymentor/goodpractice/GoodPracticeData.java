package org.citymentor.goodpractice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What people type on a sheet: the text of every text field of {@link GoodPracticeField},
 * when it started, its themes, its languages and its links.
 */
public record GoodPracticeData(Map<GoodPracticeField, String> texts, StartDate startDate, Set<Long> themeIds,
		Set<String> languages, List<GoodPracticeLink> links) {

	public GoodPracticeData {
		EnumMap<GoodPracticeField, String> copy = new EnumMap<>(GoodPracticeField.class);
		if (texts != null) {
			texts.forEach((field, value) -> {
				if (!field.isText()) {
					throw new IllegalArgumentException(field + " is not a text field");
				}
				if (value != null && !value.isBlank()) {
					copy.put(field, value);
				}
			});
		}
		texts = java.util.Collections.unmodifiableMap(copy);
		themeIds = (themeIds != null) ? Set.copyOf(themeIds) : Set.of();
		languages = (languages != null) ? Set.copyOf(languages) : Set.of();
		links = (links != null) ? List.copyOf(links) : List.of();
	}

	/** The text of a field, or null when it is empty. */
	public String text(GoodPracticeField field) {
		return this.texts.get(field);
	}

	public String title() {
		return text(GoodPracticeField.TITLE);
	}

	/** Whether the field holds something, whatever its kind. */
	public boolean isFilled(GoodPracticeField field) {
		return switch (field.kind()) {
			case LINE, TEXT -> this.texts.containsKey(field);
			case DATE -> this.startDate != null;
			case THEMES -> !this.themeIds.isEmpty();
			case LANGUAGES -> !this.languages.isEmpty();
			case LINKS -> !this.links.isEmpty();
		};
	}

}
