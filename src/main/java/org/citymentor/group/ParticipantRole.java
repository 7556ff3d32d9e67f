package org.citymentor.group;

/** What an organisation does in a group. */
public enum ParticipantRole {

	CITY, ASSOCIATION, FACILITATOR

}
