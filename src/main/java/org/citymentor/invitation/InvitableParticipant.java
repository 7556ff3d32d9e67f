package org.citymentor.invitation;

/**
 * An organisation of a group that people can be invited for; {@code side} is the name of
 * its side in the group (MENTEE, MENTOR or BOTH).
 */
public record InvitableParticipant(long id, long organisationId, String organisationName, String side) {

}
