package org.citymentor.actionplan.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.citymentor.actionplan.PlanApprovals.Body;

import org.springframework.validation.Errors;

/**
 * What a person typed when recording the formal approval of a plan: the body that
 * decided, the decision's date (day, month, year) and its reference.
 */
public class ApprovalForm {

	static final int MAX_TEXT = 200;

	private String body = "";

	private String bodyOther = "";

	private String day = "";

	private String month = "";

	private String year = "";

	private String reference = "";

	/**
	 * Checks the input; the errors name the fields.
	 * @param today the latest possible decision date
	 * @param submittedOn the earliest: the day the version was submitted
	 * @return the decision date, or null when something is wrong
	 */
	LocalDate check(Errors errors, LocalDate today, LocalDate submittedOn, Locale locale) {
		Body chosen = body();
		if (chosen == null) {
			errors.rejectValue("body", "planApproval.error.body");
		}
		else if (chosen == Body.OTHER && this.bodyOther.isBlank()) {
			errors.rejectValue("bodyOther", "planApproval.error.bodyOther");
		}
		if (this.bodyOther.strip().length() > MAX_TEXT) {
			errors.rejectValue("bodyOther", "planApproval.error.bodyOtherTooLong");
		}
		if (this.reference.strip().length() > MAX_TEXT) {
			errors.rejectValue("reference", "planApproval.error.referenceTooLong");
		}
		LocalDate date = null;
		if (this.day.isBlank() && this.month.isBlank() && this.year.isBlank()) {
			errors.rejectValue("day", "planApproval.error.date.missing");
		}
		else {
			date = date();
			DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
			if (date == null) {
				errors.rejectValue("day", "planApproval.error.date.invalid");
			}
			else if (date.isAfter(today)) {
				errors.rejectValue("day", "planApproval.error.date.future");
			}
			else if (date.isBefore(submittedOn)) {
				errors.rejectValue("day", "planApproval.error.date.beforeSubmitted",
						new Object[] { format.format(submittedOn) }, null);
			}
		}
		return errors.hasErrors() ? null : date;
	}

	Body body() {
		for (Body b : Body.values()) {
			if (b.name().equals(this.body)) {
				return b;
			}
		}
		return null;
	}

	/** The other body's name, only when "other" was chosen. */
	String otherBody() {
		return (body() == Body.OTHER) ? this.bodyOther.strip() : null;
	}

	String cleanReference() {
		String cleaned = this.reference.strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	private LocalDate date() {
		try {
			int y = Integer.parseInt(this.year.strip());
			if (y < 1900 || y > 9999) {
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(this.month.strip()), Integer.parseInt(this.day.strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body != null) ? body : "";
	}

	public String getBodyOther() {
		return this.bodyOther;
	}

	public void setBodyOther(String bodyOther) {
		this.bodyOther = (bodyOther != null) ? bodyOther : "";
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = (day != null) ? day : "";
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = (month != null) ? month : "";
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = (year != null) ? year : "";
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = (reference != null) ? reference : "";
	}

}
