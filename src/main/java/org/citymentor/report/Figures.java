package org.citymentor.report;

import java.util.List;
import java.util.Optional;

import org.citymentor.report.EvaluationFigures.Averages;

/**
 * What the programme report shows for one filter: counts and submitted or approved facts
 * only.
 *
 * @param groups how many groups the filter kept
 * @param organisations distinct organisations taking part in those groups
 * @param people distinct accounts that are current members of those groups
 * @param medianDaysToApproval median days from a group's start to its first approved
 * plan; null when none
 * @param medianDaysFromMatching median days from the confirmed match to the approved
 * plan: null until the matching module records matches
 * @param evaluations empty when no evaluation exists (or the evaluation module is absent)
 */
public record Figures(long groups, Chart byStatus, Chart byFormat, Chart byCountry, long organisations,
		long visitsOnSite, long visitsVirtual, long meetings, long people, long needsAnalyses, long plansSubmitted,
		long plansApproved, Chart actions, Double medianDaysToApproval, Double medianDaysFromMatching,
		Optional<Averages> evaluations) {

	public long visits() {
		return this.visitsOnSite + this.visitsVirtual;
	}

	public List<Chart> charts() {
		return List.of(this.byStatus, this.byFormat, this.byCountry, this.actions);
	}

}
