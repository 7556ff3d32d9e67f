package org.citymentor.matching;

import java.time.LocalDate;
import java.util.Set;

/** What a coordinator types about a call. */
public record CallData(String title, String description, LocalDate deadline, Integer groupsWanted, boolean open,
		boolean acceptanceRequired, Set<Long> themeIds) {

	public CallData {
		themeIds = (themeIds != null) ? Set.copyOf(themeIds) : Set.of();
	}

}
