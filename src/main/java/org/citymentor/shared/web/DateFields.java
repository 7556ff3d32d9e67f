package org.citymentor.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed in GOV.UK's three fields (day, month, year).
 */
public final class DateFields {

	private DateFields() {
	}

	/** The date, or null when it is not a real date with a year from 1990 to 2100. */
	public static LocalDate of(String day, String month, String year) {
		try {
			int y = Integer.parseInt(String.valueOf(year).strip());
			if (y < 1990 || y > 2100) {
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(String.valueOf(month).strip()),
					Integer.parseInt(String.valueOf(day).strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

}
