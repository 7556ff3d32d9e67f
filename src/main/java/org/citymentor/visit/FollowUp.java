package org.citymentor.visit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A next step agreed at a visit: who does it by when, until someone marks it done.
 *
 * @param ownerName null when the owner's account was erased
 * @param overdue open and due before today
 */
public record FollowUp(long id, long groupId, Long visitId, Long noteId, String title, Long ownerUserId,
		String ownerName, LocalDate dueOn, Instant doneAt, String doneBy, boolean overdue) {

	/** At most this many characters in a title. */
	public static final int MAX_TITLE = 300;

	public boolean isDone() {
		return this.doneAt != null;
	}

}
