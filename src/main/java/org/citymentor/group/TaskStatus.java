package org.citymentor.group;

/** The status of a step of the journey, always derived from the data. */
public enum TaskStatus {

	/** The product does not support this step yet: no link, no dead end. */
	NOT_AVAILABLE_YET, CANNOT_START_YET, NOT_STARTED, IN_PROGRESS, COMPLETED

}
