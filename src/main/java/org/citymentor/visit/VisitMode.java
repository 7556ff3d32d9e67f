package org.citymentor.visit;

/** Where a visit takes place: in the host city, or online. */
public enum VisitMode {

	ON_SITE, VIRTUAL

}
