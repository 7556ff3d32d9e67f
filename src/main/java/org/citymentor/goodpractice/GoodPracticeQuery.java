package org.citymentor.goodpractice;

/**
 * A search of the library: words (web-search syntax: "quoted phrases", or, -not) and
 * filters, each optional.
 */
public record GoodPracticeQuery(String text, Long themeId, String country, Long organisationId) {

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

}
