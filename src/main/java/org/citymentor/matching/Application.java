package org.citymentor.matching;

import java.time.Instant;
import java.util.Set;

/**
 * A city's application to a call, as mentee (with its forming group) or as mentor (with
 * its capacity). Completeness says what the coordinator may know: statuses, never draft
 * content.
 */
public record Application(long id, long callId, long organisationId, String organisationName, String country, Side side,
		Long groupId, Long participantId, Integer capacity, String motivation, boolean withdrawn, Long appliedBy,
		String appliedByName, Instant appliedAt, Set<Long> themeIds, Set<String> languages, Completeness completeness) {

	public enum Side {

		MENTEE, MENTOR

	}

	/** NONE, DRAFT, SHARED or SUBMITTED for a needs analysis; flags for the rest. */
	public record Completeness(String needsAnalysis, boolean mentorProfile, boolean context) {

		public boolean complete(Side side) {
			return this.context
					&& ((side == Side.MENTEE) ? "SUBMITTED".equals(this.needsAnalysis) : this.mentorProfile);
		}

	}

	public boolean isMentee() {
		return this.side == Side.MENTEE;
	}

}
