package org.citymentor.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One participant organisation's evaluation of its side of a group: a draft until it is
 * submitted.
 *
 * @param actions the plan actions it says were implemented (key and title as they were)
 * @param version the optimistic-locking counter
 */
public record Evaluation(long id, long groupId, long participantId, EvaluationSide side, boolean submitted,
		EvaluationInput input, List<ImplementedAction> actions, Instant updatedAt, String updatedBy,
		Instant submittedAt, String submittedBy, long version) {

	/** The average of its scales, null when none is given. */
	public Double average() {
		return this.input.average();
	}

	/** An action of the action plan, kept with the title it had when ticked. */
	public record ImplementedAction(UUID key, String title) {
	}

	/** How much time the mentoring cost, for the mentor side. */
	public record TimeSpent(BigDecimal amount, TimeUnit unit) {
	}

	public enum TimeUnit {

		HOURS, DAYS

	}

}
