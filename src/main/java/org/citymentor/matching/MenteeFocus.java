package org.citymentor.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The key factors a mentee chose as the focus of its mentoring, by the mentee's group
 * participant. Another module (the benchmarks) implements it; without one the focus
 * criterion says "no data".
 */
public interface MenteeFocus {

	/** The titles of the focus key factors per participant id; absent when none. */
	Map<Long, List<String>> focusTitles(Collection<Long> participantIds);

}
