package org.citymentor.visit;

/**
 * Someone taking part in a visit: a person of the group (with an account), a member of a
 * support network, or a guest known by name and organisation.
 *
 * @param attended whether they came, once the visit took place; null when not yet said
 */
public record VisitParticipant(long id, long visitId, Kind kind, Long userId, Long networkMemberId, String name,
		String organisation, Boolean attended) {

	/** Where a participant comes from. */
	public enum Kind {

		MEMBER, NETWORK, GUEST

	}

	public boolean isMember() {
		return this.kind == Kind.MEMBER;
	}

	public boolean isNetwork() {
		return this.kind == Kind.NETWORK;
	}

	public boolean isGuest() {
		return this.kind == Kind.GUEST;
	}

}
