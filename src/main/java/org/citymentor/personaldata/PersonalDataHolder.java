package org.citymentor.personaldata;

import java.util.Map;

/**
 * A module that stores a person's id, name or contact data answers for it: a bean
 * implementing this interface, next to the module's tables.
 */
public interface PersonalDataHolder {

	/** The name of this module's part of a person's download, e.g. {@code "visits"}. */
	String section();

	/**
	 * What this module holds about the person: lists and maps of plain values (strings,
	 * numbers, dates, booleans) that turn into JSON as they are; empty when nothing.
	 */
	Map<String, Object> export(DataSubject person);

	/**
	 * Replaces the person's name and contact data in this module's tables with the label
	 * and keeps the content they wrote. Runs in the erasure's transaction, in which
	 * submitted versions and the activity history accept this change.
	 */
	void erase(DataSubject person, String formerMemberLabel);

	/**
	 * Forgets the contact data of people who are not accounts (support-network members,
	 * guests, invitations) of a group closed longer ago than the retention period.
	 * Nothing by default.
	 */
	default void clearContacts(long groupId, String formerMemberLabel) {
	}

}
