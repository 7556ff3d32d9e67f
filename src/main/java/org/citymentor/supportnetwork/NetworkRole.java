package org.citymentor.supportnetwork;

/** What a member of the network helps with, after the roles annex 5 describes. */
public enum NetworkRole {

	/**
	 * Helps find what the city can offer: practices, tools, places to visit, policies.
	 */
	IDENTIFY_OFFER,
	/** Spreads what the project finds and gives the people concerned a voice. */
	SPREAD_FINDINGS,
	/** Takes part in the exchanges with the other city. */
	EXCHANGES,
	/** Helps prepare the mentoring visits. */
	PREPARE_VISITS,
	/** Helps the city and its mentor draft the action plan. */
	ACTION_PLAN,
	/** Follows how the action plan is carried out. */
	FOLLOW_IMPLEMENTATION

}
