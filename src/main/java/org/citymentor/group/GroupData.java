package org.citymentor.group;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a coordinator types about a group. Agreement fields are for long-term
 * partnerships.
 */
public record GroupData(String title, String focus, LocalDate startDate, LocalDate endDate, GroupStatus status,
		Set<Long> themeIds, Set<String> languages, Long actionId, LocalDate agreementDate, String agreementReference,
		String sharedGoals, String exitClause) {

	public GroupData {
		themeIds = (themeIds != null) ? Set.copyOf(themeIds) : Set.of();
		languages = (languages != null) ? Set.copyOf(languages) : Set.of();
	}

}
