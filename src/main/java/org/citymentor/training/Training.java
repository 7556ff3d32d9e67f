package org.citymentor.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A session as its pages show it.
 *
 * @param groupId the group it is for; null when it is for every group of the programme
 * @param attendanceRecordedAt when attendance was last recorded; null while it is not
 */
public record Training(long id, long programmeId, Long groupId, TrainingData data, Instant cancelledAt,
		Instant attendanceRecordedAt, long attendanceVersion, long version) {

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public boolean isProgrammeWide() {
		return this.groupId == null;
	}

	public boolean attendanceRecorded() {
		return this.attendanceRecordedAt != null;
	}

	/** Attendance is recorded from the day of the session on, in its own time zone. */
	public boolean hasStarted(Instant now) {
		LocalDate today = now.atZone(ZoneId.of(this.data.timeZone())).toLocalDate();
		return !today.isBefore(this.data.heldOn());
	}

}
