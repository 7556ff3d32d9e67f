package org.citymentor.benchmark;

import java.util.List;

/** What a coordinator types about a factor. */
public record FactorData(FactorKind kind, String title, String rationale, String questions, String tips,
		List<Long> practiceIds) {

	public FactorData {
		practiceIds = (practiceIds != null) ? List.copyOf(practiceIds) : List.of();
	}

}
