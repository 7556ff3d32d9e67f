package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person typed for one action, already checked by the page. */
public record ActionInput(String title, String outcomes, LocalDate startsOn, LocalDate endsOn, boolean byMonth,
		String leadName, Long leadUserId, String resources, BigDecimal funding, String measuring,
		List<IndicatorInput> indicators) {

	/** An indicator; {@code key} is null for a new one. */
	public record IndicatorInput(UUID key, String name, BigDecimal target, String unit) {
	}

}
