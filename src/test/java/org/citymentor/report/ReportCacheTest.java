package org.citymentor.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report asked again within its lifetime is not computed again; after it, or for other
 * filters or another language, it is.
 */
class ReportCacheTest {

	private final AtomicLong nanos = new AtomicLong();

	private int computed;

	@Test
	void theSameReportWithinAMinuteIsComputedOnce() {
		ReportCache cache = new ReportCache(Duration.ofSeconds(60), this.nanos::get);
		ReportCache.Key all = new ReportCache.Key(7, ReportPeriod.ALL, null, "en");

		assertThat(cache.get(all, this::compute).groups()).isEqualTo(1);
		this.nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(cache.get(all, this::compute).groups()).as("still the first figures").isEqualTo(1);

		assertThat(cache.get(new ReportCache.Key(7, ReportPeriod.ALL, null, "nl"), this::compute).groups())
			.as("another language")
			.isEqualTo(2);
		assertThat(cache
			.get(new ReportCache.Key(7, new ReportPeriod(LocalDate.of(2024, 1, 1), null), null, "en"), this::compute)
			.groups()).as("another period").isEqualTo(3);
		assertThat(cache.get(new ReportCache.Key(7, ReportPeriod.ALL, 4L, "en"), this::compute).groups()).as("a theme")
			.isEqualTo(4);
		assertThat(cache.get(new ReportCache.Key(8, ReportPeriod.ALL, null, "en"), this::compute).groups())
			.as("another programme")
			.isEqualTo(5);

		this.nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(cache.get(all, this::compute).groups()).as("computed again after a minute").isEqualTo(6);
	}

	@Test
	void aLifetimeOfZeroComputesEveryTime() {
		ReportCache cache = new ReportCache(Duration.ZERO, this.nanos::get);
		ReportCache.Key all = new ReportCache.Key(7, ReportPeriod.ALL, null, "en");
		cache.get(all, this::compute);
		cache.get(all, this::compute);
		assertThat(this.computed).isEqualTo(2);
	}

	/** Figures numbered by the computation that made them. */
	private Figures compute() {
		this.computed++;
		Chart empty = new Chart("c", "c", List.of());
		return new Figures(this.computed, empty, empty, empty, 0, 0, 0, 0, 0, 0, 0, 0, empty, null, null,
				Optional.empty());
	}

}
