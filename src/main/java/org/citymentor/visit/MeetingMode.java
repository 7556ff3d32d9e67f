package org.citymentor.visit;

/** How a meeting between visits takes place. */
public enum MeetingMode {

	ONLINE, ON_SITE

}
