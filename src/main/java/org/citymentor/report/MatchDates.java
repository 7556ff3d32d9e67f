package org.citymentor.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The day each group's match was published, for the report's "time from the match to the
 * approved plan". The matching module implements it; groups set up by hand have no match
 * and are left out of that median.
 */
public interface MatchDates {

	/** The day of the published match per group id; absent for groups without one. */
	Map<Long, LocalDate> publishedOn(Collection<Long> groupIds);

}
