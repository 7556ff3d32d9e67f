package org.citymentor.matching;

import java.time.LocalDate;
import java.util.Set;

/** A call for cities within a programme. */
public record Call(long id, long programmeId, String programmeName, String title, String description,
		LocalDate deadline, Integer groupsWanted, boolean open, boolean acceptanceRequired, Set<Long> themeIds,
		long version) {

	/** Open and the deadline (a whole day) not passed. */
	public boolean acceptsApplications(LocalDate today) {
		return this.open && !today.isAfter(this.deadline);
	}

	public boolean pastDeadline(LocalDate today) {
		return today.isAfter(this.deadline);
	}

}
