package org.citymentor.form;

/** How a question is answered, shown and stored. */
public enum QuestionType {

	/** Long text, up to the question's maximum length, with a character count. */
	TEXT,
	/** One line of text. */
	LINE,
	/** A whole number of at least zero, with a unit (people, %). */
	NUMBER,
	/** An amount of money of at least zero, in euros. */
	MONEY,
	/** A share between 0 and 100. */
	PERCENT,
	/** A real calendar date. */
	DATE,
	/** Yes or no. */
	YES_NO,
	/** One of a fixed list of options. */
	CHOICE,
	/** Any of a list of options (fixed, or given by the page, such as themes). */
	CHOICES,
	/** A checklist item: ticked or not, with a note. */
	CHECK_NOTE,
	/**
	 * A table of rows, each a label with a number (e.g. a nationality and its people).
	 */
	TABLE

}
