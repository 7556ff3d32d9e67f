package org.citymentor.group;

/** Where a group stands; FORMING until its sides are set. */
public enum GroupStatus {

	FORMING, ACTIVE, IMPLEMENTING, CLOSED

}
