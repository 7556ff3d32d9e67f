package org.citymentor.report;

import java.time.LocalDate;

/**
 * The days a report covers, both included; an open end when null.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	/** Stands for "no start" in queries: before any programme. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** Stands for "no end" in queries. */
	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	public static final ReportPeriod ALL = new ReportPeriod(null, null);

	public LocalDate fromOrEarliest() {
		return (this.from != null) ? this.from : EARLIEST;
	}

	public LocalDate toOrLatest() {
		return (this.to != null) ? this.to : LATEST;
	}

}
