package org.citymentor.supportnetwork;

import org.citymentor.group.TaskStatus;

/**
 * What anyone who follows the group may know of a network: counts and status, never who
 * is in it.
 */
public record NetworkSummary(int members, int migrantRepresentatives, int meetings) {

	/** Annex 5: about ten members at most, so that everyone stays involved. */
	public static final int ADVISED_MAXIMUM = 10;

	public int advisedMaximum() {
		return ADVISED_MAXIMUM;
	}

	public boolean hasMigrantRepresentative() {
		return this.migrantRepresentatives > 0;
	}

	/** A warning, not an error: the network may still grow. */
	public boolean tooLarge() {
		return this.members > ADVISED_MAXIMUM;
	}

	/** A warning, not an error, once the network has members. */
	public boolean lacksMigrantRepresentative() {
		return this.members > 0 && this.migrantRepresentatives == 0;
	}

	/**
	 * Not started without members; completed with a member who represents migrants and a
	 * logged meeting; in progress in between.
	 */
	public TaskStatus status() {
		if (this.members == 0) {
			return TaskStatus.NOT_STARTED;
		}
		return (hasMigrantRepresentative() && this.meetings > 0) ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

}
