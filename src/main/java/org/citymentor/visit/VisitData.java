package org.citymentor.visit;

import java.time.LocalDate;

/** What a person sets for a visit, already checked by the page. */
public record VisitData(int number, Long hostOrganisationId, VisitMode mode, String meetingLink, String place,
		LocalDate startsOn, LocalDate endsOn, String timeZone, String purpose, String questions, VisitStatus status) {
}
