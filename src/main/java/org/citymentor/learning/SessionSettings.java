package org.citymentor.learning;

import java.time.LocalDate;

/** What the mentor side sets for a session, already checked by the page. */
public record SessionSettings(boolean open, Integer capacity, LocalDate registrationDeadline, String language,
		String description, Long mentorOrganisationId) {
}
