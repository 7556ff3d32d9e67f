package org.citymentor.benchmark;

/**
 * A benchmark's draft header with where it stands.
 *
 * @param latestNumber the number of the latest published version, null before the first
 * @param draftChanged whether the draft differs from the latest version
 */
public record Benchmark(long id, long programmeId, long themeId, String title, String introduction, Long copiedFromId,
		boolean draftChanged, Integer latestNumber, long version) {

	public boolean isPublished() {
		return this.latestNumber != null;
	}

}
