package org.citymentor.visit;

import java.time.LocalDate;

/**
 * A visit of a group: its number in the series, the host city, on site or virtual, its
 * days, what it is for and which questions it must answer.
 *
 * @param timeZone the IANA time zone of the host (times of its agenda are local there)
 * @param version the optimistic-locking counter
 */
public record Visit(long id, long groupId, int number, Long hostOrganisationId, VisitMode mode, String meetingLink,
		String place, LocalDate startsOn, LocalDate endsOn, String timeZone, String purpose, String questions,
		VisitStatus status, long version) {

	public boolean isMultiDay() {
		return !this.startsOn.equals(this.endsOn);
	}

	public boolean isHeld() {
		return this.status == VisitStatus.HELD;
	}

	public boolean isCancelled() {
		return this.status == VisitStatus.CANCELLED;
	}

}
