package org.citymentor.organisation;

import java.util.List;

/** An organisation as pages show it. */
public record OrganisationDetails(long id, String name, OrganisationKind kind, String country, String region,
		String website, List<String> languages, long version, List<OrganisationSummary> members,
		List<OrganisationSummary> associations) {

	public OrganisationData data() {
		return new OrganisationData(this.name, this.kind, this.country, this.region, this.website, this.languages);
	}

}
