package org.citymentor.supportnetwork;

/** A member of a network as its pages show it to the group. */
public record NetworkMemberDetails(long id, long version, MemberData data) {
}
