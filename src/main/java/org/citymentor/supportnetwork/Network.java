package org.citymentor.supportnetwork;

/**
 * Whose network: a city participant of a group. {@code cityName} names it in the activity
 * history, which coordinators read, so no member's name goes there.
 */
public record Network(long programmeId, long groupId, long participantId, String cityName) {
}
