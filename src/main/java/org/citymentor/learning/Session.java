package org.citymentor.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A learning-network session: a meeting of a group with its session settings.
 *
 * @param open listed for every municipality of the programme's association, else for the
 * group only
 * @param capacity the number of places, or {@code null} for no limit
 * @param registrationDeadline the last day to register, or {@code null} for the day
 * itself
 * @param registered how many hold a place
 * @param waiting how many are on the waiting list
 */
public record Session(long id, long groupId, String groupTitle, long programmeId, String programmeName,
		long associationId, Long actionId, String actionLabel, String title, boolean online, LocalDate heldOn,
		LocalTime startsAt, LocalTime endsAt, String timeZone, String place, String meetingLink, boolean open,
		Integer capacity, LocalDate registrationDeadline, String language, String description,
		Long mentorOrganisationId, String mentorName, String reportShared, String reportNextSteps, Instant cancelledAt,
		long version, int registered, int waiting) {

	public boolean cancelled() {
		return this.cancelledAt != null;
	}

	/** Whether the session's day has come (it is then held or being held). */
	public boolean heldBy(LocalDate today) {
		return !this.heldOn.isAfter(today);
	}

	/** The last day people may register. */
	public LocalDate lastDayToRegister() {
		return (this.registrationDeadline != null && this.registrationDeadline.isBefore(this.heldOn))
				? this.registrationDeadline : this.heldOn;
	}

	public boolean full() {
		return this.capacity != null && this.registered >= this.capacity;
	}

	public Integer placesLeft() {
		return (this.capacity != null) ? Math.max(0, this.capacity - this.registered) : null;
	}

}
