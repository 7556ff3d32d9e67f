package org.citymentor.organisation;

import java.util.List;

/** What a person types about an organisation. */
public record OrganisationData(String name, OrganisationKind kind, String country, String region, String website,
		List<String> languages) {

	public OrganisationData {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

}
