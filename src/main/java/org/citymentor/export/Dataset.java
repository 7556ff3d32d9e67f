package org.citymentor.export;

import java.util.Locale;
import java.util.Optional;

/**
 * What a programme export holds; the message key {@code export.dataset.<NAME>} names it.
 */
public enum Dataset {

	GROUPS, PARTICIPANTS, VISITS, ACTIONS, EVALUATIONS;

	/** How the dataset appears in addresses and file names. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Dataset> ofSlug(String slug) {
		for (Dataset dataset : values()) {
			if (dataset.slug().equals(slug)) {
				return Optional.of(dataset);
			}
		}
		return Optional.empty();
	}

}
