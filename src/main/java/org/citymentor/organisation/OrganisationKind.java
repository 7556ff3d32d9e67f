package org.citymentor.organisation;

/** What an organisation is; the message key {@code organisation.kind.<NAME>} names it. */
public enum OrganisationKind {

	CITY, ASSOCIATION, FACILITATOR, AGENCY, NGO

}
