package org.citymentor.organisation;

/** One row of a list of organisations. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, String country) {

}
