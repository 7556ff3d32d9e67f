package org.citymentor.supportnetwork;

/** The kinds of members annex 5 names for a local support network. */
public enum MemberKind {

	/** A resident or community association of migrants. */
	MIGRANT_ASSOCIATION,
	/** A resident or community association not run by migrants. */
	COMMUNITY_ASSOCIATION,
	/** An NGO or another civil-society organisation. */
	NGO,
	/** A business or another private-sector organisation. */
	PRIVATE_SECTOR,
	/** A public body active locally. */
	PUBLIC_BODY,
	/** A trade union. */
	TRADE_UNION,
	/** An academic expert. */
	ACADEMIC,
	/** Anything else. */
	OTHER

}
