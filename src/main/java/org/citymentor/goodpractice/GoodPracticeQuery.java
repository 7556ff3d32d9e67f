package org.citymentor.goodpractice;

/**
 * A search of the library: words (web-search syntax: "quoted phrases", or, -not) and
 * filters, each optional; the organisation by its id (a choice in a short list) or by
 * part of its name (when the library has too many organisations for a list).
 */
public record GoodPracticeQuery(String text, Long themeId, String country, Long organisationId,
		String organisationName) {

	public GoodPracticeQuery(String text, Long themeId, String country, Long organisationId) {
		this(text, themeId, country, organisationId, null);
	}

	public boolean hasOrganisationName() {
		return this.organisationName != null && !this.organisationName.isBlank();
	}

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

}
