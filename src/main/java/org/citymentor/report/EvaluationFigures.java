package org.citymentor.report;

import java.util.List;
import java.util.Optional;

/**
 * Average evaluation scores for the programme report. The evaluation module implements
 * it; the report looks it up when it is there and says "no evaluations yet" otherwise.
 */
public interface EvaluationFigures {

	/**
	 * The averages of the evaluations of the programme's groups within the period (and of
	 * the theme, when given); empty when there are none.
	 */
	Optional<Averages> averages(long programmeId, ReportPeriod period, Long themeId);

	/**
	 * @param evaluations how many evaluations the averages are made of
	 */
	record Averages(int evaluations, List<Score> scores) {
	}

	/**
	 * One averaged question.
	 *
	 * @param labelKey the message key of what was scored
	 * @param average on the scale 1–5
	 */
	record Score(String labelKey, double average, int answers) {
	}

}
