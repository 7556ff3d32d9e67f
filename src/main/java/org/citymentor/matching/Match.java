package org.citymentor.matching;

import java.time.Instant;

/**
 * A mentee application matched with a mentor application, drafted, proposed or published.
 */
public record Match(long id, long callId, long menteeApplicationId, long menteeOrganisationId, String menteeName,
		Long menteeGroupId, long mentorApplicationId, long mentorOrganisationId, String mentorName, Status status,
		boolean suggested, Integer score, String reason, Instant menteeAcceptedAt, Instant mentorAcceptedAt,
		String declinedReason, String declinedBy, Instant publishedAt, long version) {

	public enum Status {

		DRAFT, PROPOSED, PUBLISHED

	}

	public boolean isDraft() {
		return this.status == Status.DRAFT;
	}

}
