package org.citymentor.learning;

import java.time.YearMonth;

/** The filters of the list of upcoming sessions; {@code null} means any. */
public record SessionFilter(Long themeId, Long actionId, Long mentorId, Boolean online, YearMonth month) {

	public static SessionFilter none() {
		return new SessionFilter(null, null, null, null, null);
	}

}
