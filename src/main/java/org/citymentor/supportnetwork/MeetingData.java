package org.citymentor.supportnetwork;

import java.time.LocalDate;
import java.util.Set;

/**
 * A meeting of the network: when, which members came (ids of members of the same
 * network), who else came, and what they contributed.
 */
public record MeetingData(LocalDate date, Set<Long> attendeeIds, String othersPresent, String contribution) {

	public MeetingData {
		attendeeIds = (attendeeIds != null) ? Set.copyOf(attendeeIds) : Set.of();
	}

}
