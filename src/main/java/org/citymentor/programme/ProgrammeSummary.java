package org.citymentor.programme;

import java.time.LocalDate;

/** One programme in a list. */
public record ProgrammeSummary(long id, String name, ProgrammeFormat format, long coordinatingOrganisationId,
		LocalDate startDate, LocalDate endDate) {

	/** Where the programme stands on a given day. */
	public ProgrammePhase phaseOn(LocalDate today) {
		if (this.startDate != null && today.isBefore(this.startDate)) {
			return ProgrammePhase.UPCOMING;
		}
		if (this.endDate != null && today.isAfter(this.endDate)) {
			return ProgrammePhase.ENDED;
		}
		return ProgrammePhase.RUNNING;
	}

}
