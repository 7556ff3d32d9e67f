/**
 * Mentoring visits of a group and the meetings between them (chapter 5 of the guide):
 * planning, agendas, participants, confidential notes, follow-ups, calendars and
 * reminders.
 */
package org.citymentor.visit;
