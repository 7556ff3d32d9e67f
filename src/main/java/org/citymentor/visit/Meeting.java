package org.citymentor.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of a group between visits, online or on site.
 *
 * @param notes short notes, confidential to the group unless shared with the coordinator
 * @param participantIds the accounts of the people who take part
 */
public record Meeting(long id, long groupId, String title, MeetingMode mode, LocalDate heldOn, LocalTime startsAt,
		LocalTime endsAt, String timeZone, String place, String meetingLink, String notes, boolean notesShared,
		String createdBy, long version, List<Long> participantIds) {
}
