package org.citymentor.goodpractice;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a practice started: a day, or only a month when that is all anyone remembers.
 *
 * @param date the day, or the first day of the month
 * @param dayKnown whether the day is part of what was given
 */
public record StartDate(LocalDate date, boolean dayKnown) {

	public static StartDate ofMonth(int year, int month) {
		return new StartDate(YearMonth.of(year, month).atDay(1), false);
	}

	public static StartDate ofDay(int year, int month, int day) {
		return new StartDate(LocalDate.of(year, month, day), true);
	}

	/**
	 * A date-time pattern for the page: "d MMMM yyyy" or "MMMM yyyy".
	 */
	public String pattern() {
		return this.dayKnown ? "d MMMM yyyy" : "MMMM yyyy";
	}

}
