package org.citymentor.access;

/**
 * A person's role in a group; the lead officers of both sides plan visits (decisions.md
 * 4).
 */
public enum MemberRole {

	LEAD_OFFICER, OFFICER, POLITICIAN, SUPPORT

}
