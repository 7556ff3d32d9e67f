package org.citymentor.visit;

/** Where a visit stands. */
public enum VisitStatus {

	PLANNED, CONFIRMED, HELD, CANCELLED

}
