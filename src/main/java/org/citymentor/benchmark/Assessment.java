package org.citymentor.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A self-assessment of a participant against a published benchmark version: a draft, or a
 * submitted, dated one that no longer changes.
 *
 * @param scores by the key factor's key
 * @param context by the context factor's key
 */
public record Assessment(long id, long groupId, long participantId, long versionId, boolean submitted,
		LocalDate assessedOn, Instant updatedAt, long version, Map<Long, Score> scores,
		Map<Long, ContextAnswer> context) {

	public Assessment {
		scores = Map.copyOf(scores);
		context = Map.copyOf(context);
	}

	public Integer scoreOf(long key) {
		Score score = this.scores.get(key);
		return (score != null) ? score.score() : null;
	}

	/** A key factor's score (1–5, null when not given yet) and the evidence for it. */
	public record Score(Integer score, String evidence) {

	}

	/**
	 * Whether a context factor weighs on the city (null when not answered) and a note.
	 */
	public record ContextAnswer(Boolean weighs, String note) {

	}

}
