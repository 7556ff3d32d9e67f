package org.citymentor.goodpractice;

import java.time.Instant;
import java.util.List;

/** One result of a search: what the list shows of a sheet. */
public record GoodPracticeHit(long id, String title, long ownerOrganisationId, String country,
		GoodPracticeStatus status, String location, Instant publishedAt, List<Snippet.Part> snippet,
		List<Long> themeIds) {

	public boolean isDraft() {
		return this.status == GoodPracticeStatus.DRAFT;
	}

}
