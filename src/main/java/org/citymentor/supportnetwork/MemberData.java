package org.citymentor.supportnetwork;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the city types about a member of its network. A member is only stored with their
 * consent, dated.
 */
public record MemberData(String name, String organisation, MemberKind kind, Set<NetworkRole> roles, String contribution,
		String contact, boolean representsMigrants, LocalDate consentDate) {

	public MemberData {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}
