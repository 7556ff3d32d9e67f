package org.citymentor.report;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps computed report figures for a short while ({@code citymentor.reports.cache},
 * default one minute; 0 keeps nothing): a report of a programme with hundreds of groups
 * aggregates tens of thousands of rows, and coordinators reload it, filter it, print it
 * and download its PDF within minutes. Figures are at most that old; a report has no
 * draft or personal content, and who may read it is checked before it is asked for.
 */
@Component
class ReportCache {

	/** One report: a programme, its filters and the language of its labels. */
	record Key(long programmeId, ReportPeriod period, Long themeId, String language) {
	}

	private final Cache<Key, Figures> figures;

	@Autowired
	ReportCache(@Value("${citymentor.reports.cache:60s}") Duration lifetime) {
		this(lifetime, Ticker.systemTicker());
	}

	ReportCache(Duration lifetime, Ticker ticker) {
		this.figures = lifetime.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(500).ticker(ticker).build();
	}

	Figures get(Key key, Supplier<Figures> compute) {
		return (this.figures != null) ? this.figures.get(key, (k) -> compute.get()) : compute.get();
	}

}
