package org.citymentor.visit;

/**
 * What happens in an item of a visit's agenda; the message key
 * {@code visit.agenda.kind.<NAME>} names it.
 */
public enum AgendaKind {

	INTERVIEW, FOCUS_GROUP, SITE_VISIT, GOOD_PRACTICE, ACTION_PLANNING_WORKSHOP, POLITICIANS, SOCIAL

}
