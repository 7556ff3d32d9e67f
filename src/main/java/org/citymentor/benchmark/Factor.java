package org.citymentor.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * A factor of a benchmark, in the draft or in a published version. {@code key} stays the
 * same across versions, so answers and focus follow a factor whose wording changed.
 *
 * @param questions the guiding questions, one per line (key factors only)
 * @param version the draft row's edit counter (0 in a published version)
 */
public record Factor(long key, FactorKind kind, int number, String title, String rationale, String questions,
		String tips, List<Long> practiceIds, long version) {

	public Factor {
		practiceIds = (practiceIds != null) ? List.copyOf(practiceIds) : List.of();
	}

	/** The guiding questions as a list, blank lines left out. */
	public List<String> questionList() {
		if (this.questions == null) {
			return List.of();
		}
		return Arrays.stream(this.questions.split("\\R")).map(String::strip).filter((q) -> !q.isEmpty()).toList();
	}

	public boolean isKeyFactor() {
		return this.kind == FactorKind.KEY;
	}

}
