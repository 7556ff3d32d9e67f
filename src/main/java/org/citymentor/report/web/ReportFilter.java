package org.citymentor.report.web;

import org.citymentor.shared.web.DateFields;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.report.ReportPeriod;

/**
 * The report's filter as typed: a period in GOV.UK date fields and a theme. Kept as text
 * so that whatever was typed is shown again beside its message.
 */
public class ReportFilter {

	private String fromDay;

	private String fromMonth;

	private String fromYear;

	private String toDay;

	private String toMonth;

	private String toYear;

	private String theme;

	/**
	 * What is wrong, by field ({@code from}, {@code to}), as message keys; empty when the
	 * filter can be used.
	 */
	public Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		Parsed from = parse(this.fromDay, this.fromMonth, this.fromYear);
		Parsed to = parse(this.toDay, this.toMonth, this.toYear);
		if (from.invalid()) {
			errors.put("from", "report.error.fromInvalid");
		}
		if (to.invalid()) {
			errors.put("to", "report.error.toInvalid");
		}
		if (!from.invalid() && !to.invalid() && from.date() != null && to.date() != null
				&& to.date().isBefore(from.date())) {
			errors.put("to", "report.error.toBeforeFrom");
		}
		return errors;
	}

	/** The period typed; call only when {@link #errors()} is empty. */
	public ReportPeriod period() {
		return new ReportPeriod(parse(this.fromDay, this.fromMonth, this.fromYear).date(),
				parse(this.toDay, this.toMonth, this.toYear).date());
	}

	/** The theme chosen, or null for every theme. */
	public Long themeId() {
		try {
			return (this.theme == null || this.theme.isBlank()) ? null : Long.valueOf(this.theme.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public boolean filtered() {
		ReportPeriod period = period();
		return period.from() != null || period.to() != null || themeId() != null;
	}

	/** A date of three fields: none typed is no date; a year from 1990 to 2100. */
	private static Parsed parse(String day, String month, String year) {
		if (blank(day) && blank(month) && blank(year)) {
			return new Parsed(null, false);
		}
		LocalDate date = DateFields.of(day, month, year);
		return new Parsed(date, date == null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private record Parsed(LocalDate date, boolean invalid) {
	}

	public String getFromDay() {
		return this.fromDay;
	}

	public void setFromDay(String fromDay) {
		this.fromDay = fromDay;
	}

	public String getFromMonth() {
		return this.fromMonth;
	}

	public void setFromMonth(String fromMonth) {
		this.fromMonth = fromMonth;
	}

	public String getFromYear() {
		return this.fromYear;
	}

	public void setFromYear(String fromYear) {
		this.fromYear = fromYear;
	}

	public String getToDay() {
		return this.toDay;
	}

	public void setToDay(String toDay) {
		this.toDay = toDay;
	}

	public String getToMonth() {
		return this.toMonth;
	}

	public void setToMonth(String toMonth) {
		this.toMonth = toMonth;
	}

	public String getToYear() {
		return this.toYear;
	}

	public void setToYear(String toYear) {
		this.toYear = toYear;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

}
