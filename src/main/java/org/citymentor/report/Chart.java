package org.citymentor.report;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG, with the same figures in a table beside it.
 *
 * @param id unique on the page, for the ids of the SVG's title and description
 * @param title what it counts
 * @param bars in the order shown
 */
public record Chart(String id, String title, List<Bar> bars) {

	/** Widest bar in SVG units; the others are drawn in proportion. */
	public static final int BAR_AREA = 400;

	/** Height of one row in SVG units. */
	public static final int ROW = 36;

	public long total() {
		return this.bars.stream().mapToLong(Bar::value).sum();
	}

	/** The figures in words, for the SVG's description. */
	public String description() {
		return String.join("; ", this.bars.stream().map((b) -> b.label() + ": " + b.value()).toList());
	}

	public boolean isEmpty() {
		return total() == 0;
	}

	public int height() {
		return this.bars.size() * ROW + 4;
	}

	/** The bar's length: proportional to the largest value, at least 2 when not zero. */
	public int width(Bar bar) {
		long max = this.bars.stream().mapToLong(Bar::value).max().orElse(0);
		if (max == 0 || bar.value() == 0) {
			return 0;
		}
		return (int) Math.max(2, Math.round((double) BAR_AREA * bar.value() / max));
	}

	/** One labelled value; {@code css} is a modifier of the bar's class, e.g. "done". */
	public record Bar(String label, long value, String css) {

		public Bar(String label, long value) {
			this(label, value, null);
		}

	}

}
