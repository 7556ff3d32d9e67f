package org.citymentor.visit;

import java.time.Instant;

/**
 * One person's notes of one visit, under the four headings of the guide. Confidential:
 * the group's members read it; the coordinator only when the author shared it.
 *
 * @param authorId null once the author's account was erased
 * @param authorName null once the author's account was erased ("former member")
 * @param version the optimistic-locking counter
 * @param language the language the note was last written in, null when not recorded
 */
public record VisitNote(long id, long visitId, long groupId, Long authorId, String authorName, String observations,
		String doingWell, String optionsDiscussed, String nextSteps, boolean shared, Instant createdAt,
		Instant updatedAt, long version, String language) {

	/** At most this many characters under each heading. */
	public static final int MAX_LENGTH = 10_000;

	/** The text under a heading, by the name of its field. */
	public String text(String field) {
		return new Text(this.observations, this.doingWell, this.optionsDiscussed, this.nextSteps).get(field);
	}

	public boolean isBy(long userId) {
		return this.authorId != null && this.authorId == userId;
	}

	/** What a person typed under the four headings. */
	public record Text(String observations, String doingWell, String optionsDiscussed, String nextSteps) {

		/** The text under a heading, by the name of its field. */
		public String get(String field) {
			return switch (field) {
				case "observations" -> this.observations;
				case "doingWell" -> this.doingWell;
				case "optionsDiscussed" -> this.optionsDiscussed;
				case "nextSteps" -> this.nextSteps;
				default -> null;
			};
		}

		public boolean isBlank() {
			return blank(this.observations) && blank(this.doingWell) && blank(this.optionsDiscussed)
					&& blank(this.nextSteps);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

}
