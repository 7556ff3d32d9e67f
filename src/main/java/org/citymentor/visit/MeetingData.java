package org.citymentor.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a person sets for a meeting, already checked by the page. */
public record MeetingData(String title, MeetingMode mode, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
		String timeZone, String place, String meetingLink, String notes, List<Long> participantIds) {
}
