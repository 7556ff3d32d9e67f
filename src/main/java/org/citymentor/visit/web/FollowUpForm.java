package org.citymentor.visit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.citymentor.visit.FollowUp;

/** A follow-up as the author typed it: title, owner and due date (GOV.UK date input). */
public class FollowUpForm {

	private String title;

	private String ownerUserId;

	private String dueDay;

	private String dueMonth;

	private String dueYear;

	private LocalDate dueOn;

	private long owner;

	/**
	 * Checks the input; afterwards {@link #dueOn()} and {@link #owner()} hold the values.
	 * @param owners the people who may own it (account ids)
	 * @param earliest the visit's first day: nothing is due before it
	 * @return a message key per field, in the order of the page
	 */
	Map<String, String> check(Set<Long> owners, LocalDate earliest) {
		Map<String, String> errors = new LinkedHashMap<>();
		String t = cleanTitle();
		if (t == null) {
			errors.put("followUpTitle", "followup.error.title");
		}
		else if (t.length() > FollowUp.MAX_TITLE) {
			errors.put("followUpTitle", "followup.error.titleTooLong");
		}
		try {
			this.owner = Long.parseLong(this.ownerUserId.strip());
			if (!owners.contains(this.owner)) {
				errors.put("ownerUserId", "followup.error.owner");
			}
		}
		catch (NumberFormatException | NullPointerException ex) {
			errors.put("ownerUserId", "followup.error.owner");
		}
		if (blank(this.dueDay) && blank(this.dueMonth) && blank(this.dueYear)) {
			errors.put("dueDay", "followup.error.dueMissing");
		}
		else {
			try {
				int year = Integer.parseInt(this.dueYear.strip());
				if (year < 1990 || year > 2100) {
					throw new NumberFormatException();
				}
				this.dueOn = LocalDate.of(year, Integer.parseInt(this.dueMonth.strip()),
						Integer.parseInt(this.dueDay.strip()));
				if (this.dueOn.isBefore(earliest)) {
					errors.put("dueDay", "followup.error.beforeVisit");
				}
			}
			catch (NumberFormatException | NullPointerException | DateTimeException ex) {
				errors.put("dueDay", "followup.error.dueInvalid");
			}
		}
		return errors;
	}

	String cleanTitle() {
		return blank(this.title) ? null : this.title.strip();
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	long owner() {
		return this.owner;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOwnerUserId() {
		return this.ownerUserId;
	}

	public void setOwnerUserId(String ownerUserId) {
		this.ownerUserId = ownerUserId;
	}

	public String getDueDay() {
		return this.dueDay;
	}

	public void setDueDay(String dueDay) {
		this.dueDay = dueDay;
	}

	public String getDueMonth() {
		return this.dueMonth;
	}

	public void setDueMonth(String dueMonth) {
		this.dueMonth = dueMonth;
	}

	public String getDueYear() {
		return this.dueYear;
	}

	public void setDueYear(String dueYear) {
		this.dueYear = dueYear;
	}

}
