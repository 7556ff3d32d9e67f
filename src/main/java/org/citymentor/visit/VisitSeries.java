package org.citymentor.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The default series of visits the guide proposes: alternating between the mentee city
 * and the mentor city, starting in the mentee city (with three: mentee, mentor, mentee).
 * Dates are spread over the group's period (or the coming year), three months apart, two
 * days each; the group changes them afterwards.
 */
public final class VisitSeries {

	private VisitSeries() {
	}

	/** One proposed visit: its number, whether the mentee hosts it, its days. */
	public record Proposal(int number, boolean menteeHosts, LocalDate startsOn, LocalDate endsOn) {
	}

	public static List<Proposal> propose(int count, LocalDate groupStart, LocalDate groupEnd, LocalDate today) {
		int visits = Math.max(1, Math.min(count, 10));
		LocalDate first = (groupStart != null && groupStart.isAfter(today)) ? groupStart : today.plusMonths(1);
		long gapMonths = 3;
		if (groupEnd != null && visits > 1) {
			long span = java.time.temporal.ChronoUnit.MONTHS.between(first, groupEnd);
			gapMonths = Math.max(1, Math.min(3, span / visits));
		}
		List<Proposal> proposals = new ArrayList<>();
		for (int i = 0; i < visits; i++) {
			LocalDate start = first.plusMonths(gapMonths * i);
			boolean menteeHosts = (i % 2 == 0);
			proposals.add(new Proposal(i + 1, menteeHosts, start, start.plusDays(1)));
		}
		return proposals;
	}

}
