package org.citymentor.benchmark.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citymentor.benchmark.Assessment;
import org.citymentor.benchmark.Factor;

/**
 * The geometry of the self-assessment chart, computed here so the template only draws:
 * per key factor a label and one bar per assessment (oldest first), 80 units a point.
 */
public record ScoreChart(List<Row> rows, List<Series> series, int height) {

	static final int UNIT = 80;

	static final int LABEL = 24;

	static final int BAR = 16;

	static final int GAP = 4;

	static final int AFTER_ROW = 14;

	/** At most this many assessments are drawn: the latest ones. */
	static final int MAX_SERIES = 4;

	static ScoreChart of(List<Factor> keyFactors, List<Assessment> assessments) {
		List<Assessment> drawn = assessments.subList(Math.max(0, assessments.size() - MAX_SERIES), assessments.size());
		int firstTone = MAX_SERIES - drawn.size();
		List<Row> rows = new ArrayList<>();
		int y = 0;
		for (Factor factor : keyFactors) {
			List<Bar> bars = new ArrayList<>();
			int barY = y + LABEL;
			for (int s = 0; s < drawn.size(); s++) {
				Integer score = drawn.get(s).scoreOf(factor.key());
				bars.add(new Bar(firstTone + s, drawn.get(s).assessedOn(), score, barY,
						(score != null) ? score * UNIT : 0));
				barY += BAR + GAP;
			}
			rows.add(new Row(factor, y, bars));
			y = barY + AFTER_ROW;
		}
		List<Series> series = new ArrayList<>();
		for (int s = 0; s < drawn.size(); s++) {
			series.add(new Series(drawn.get(s).assessedOn(), firstTone + s));
		}
		return new ScoreChart(rows, series, Math.max(y, 1));
	}

	/** The scale's grid lines: one per point, 1 to 5. */
	public List<Integer> ticks() {
		return List.of(1, 2, 3, 4, 5);
	}

	public record Row(Factor factor, int y, List<Bar> bars) {

		public int labelY() {
			return this.y + 16;
		}

	}

	/** One assessment drawn: its date and its colour (3 is the latest, darkest). */
	public record Series(LocalDate date, int tone) {

	}

	/** One assessment's score on a factor; {@code score} null when not given. */
	public record Bar(int tone, LocalDate date, Integer score, int y, int width) {

		public int textY() {
			return this.y + 13;
		}

	}

}
