package org.citymentor.supportnetwork;

/** A logged meeting of a network as its pages show it to the group. */
public record NetworkMeetingDetails(long id, long version, MeetingData data) {
}
