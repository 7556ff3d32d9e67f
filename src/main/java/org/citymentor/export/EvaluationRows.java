package org.citymentor.export;

import java.util.List;
import java.util.Locale;

/**
 * The evaluations of a programme as rows of an export. The evaluation module implements
 * it; until it exists the evaluations export holds its header only and the exports page
 * says there are no evaluations yet.
 */
public interface EvaluationRows {

	/** The column headings, in the reader's language. */
	List<String> header(Locale locale);

	/**
	 * Hands over the rows one at a time, as they are read, holding only what the
	 * programme's coordinators may see.
	 */
	void each(long programmeId, Locale locale, TableSink sink);

}
