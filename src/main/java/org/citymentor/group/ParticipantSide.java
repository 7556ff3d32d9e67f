package org.citymentor.group;

/** Which side of the mentoring an organisation is on; BOTH in a community of practice. */
public enum ParticipantSide {

	MENTEE, MENTOR, BOTH

}
