package org.citymentor.goodpractice;

import java.time.Instant;

/** A sheet as its page shows it. */
public record GoodPracticeDetails(long id, long ownerOrganisationId, String country, GoodPracticeStatus status,
		long version, GoodPracticeData data, Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt,
		Instant publishedAt) {

	public boolean isDraft() {
		return this.status == GoodPracticeStatus.DRAFT;
	}

}
