package org.citymentor.benchmark;

import java.time.Instant;
import java.util.List;

/** A published, numbered version of a benchmark: it never changes. */
public record BenchmarkVersion(long id, long benchmarkId, int number, String title, long themeId, String introduction,
		Instant publishedAt, List<Factor> factors) {

	public List<Factor> keyFactors() {
		return this.factors.stream().filter(Factor::isKeyFactor).toList();
	}

	public List<Factor> contextFactors() {
		return this.factors.stream().filter((f) -> !f.isKeyFactor()).toList();
	}

}
