package org.citymentor.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a person sets for a session, already checked by the page.
 *
 * @param agenda the agenda items in their order
 */
public record TrainingData(String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String timeZone,
		TrainingMode mode, String meetingLink, String address, List<String> agenda) {
}
