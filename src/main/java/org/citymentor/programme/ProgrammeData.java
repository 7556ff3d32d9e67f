package org.citymentor.programme;

import java.time.LocalDate;
import java.util.Set;

/** What a programme is, as typed in its form. */
public record ProgrammeData(String name, long coordinatingOrganisationId, String description, String fundingSource,
		LocalDate startDate, LocalDate endDate, ProgrammeFormat format, int defaultVisits, Set<Long> themeIds,
		Set<ProgrammeStep> steps) {

	public ProgrammeData {
		themeIds = (themeIds != null) ? Set.copyOf(themeIds) : Set.of();
		steps = (steps != null) ? Set.copyOf(steps) : Set.of();
	}

}
