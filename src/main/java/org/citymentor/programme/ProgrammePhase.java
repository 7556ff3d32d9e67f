package org.citymentor.programme;

/** A programme's short status, derived from its dates. */
public enum ProgrammePhase {

	UPCOMING, RUNNING, ENDED

}
