package org.citymentor.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One item of a visit's agenda. Its times are local to the visit's time zone.
 *
 * @param goodPracticeId the good-practice sheet a {@link AgendaKind#GOOD_PRACTICE} item
 * presents, or null
 * @param position the order among items of the same day that start at the same time
 * @param version the optimistic-locking counter
 */
public record AgendaItem(long id, long visitId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title,
		AgendaKind kind, String place, String ledBy, Long goodPracticeId, int position, long version) {

	/** What a person sets for an item, already checked by the page. */
	public record Input(LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, AgendaKind kind,
			String place, String ledBy, Long goodPracticeId) {
	}

}
