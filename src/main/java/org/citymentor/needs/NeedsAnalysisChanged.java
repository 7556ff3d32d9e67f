package org.citymentor.needs;

/**
 * Something the group should hear about happened to a needs analysis.
 *
 * @param what SUBMITTED, SHARED or COMMENTED
 * @param path the address of the needs analysis
 */
record NeedsAnalysisChanged(long groupId, String groupTitle, String city, String what, long actorId, String actorName,
		String path) {
}
