package org.citymentor.shared.security;

/** What kind of pages a person may open; which data they see comes from memberships. */
public enum Role {

	ADMIN, COORDINATOR, MEMBER

}
