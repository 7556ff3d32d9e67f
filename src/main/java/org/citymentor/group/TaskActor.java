package org.citymentor.group;

/** Who must act on a step of the journey. */
public enum TaskActor {

	COORDINATOR, MENTEE, MENTOR, BOTH_SIDES, MENTEE_AND_ASSOCIATION

}
