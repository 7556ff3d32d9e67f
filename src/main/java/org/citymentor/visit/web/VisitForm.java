package org.citymentor.visit.web;

import org.citymentor.shared.web.DateFields;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.citymentor.visit.Visit;
import org.citymentor.visit.VisitData;
import org.citymentor.visit.VisitMode;
import org.citymentor.visit.VisitStatus;

/**
 * A visit as typed on its form; {@link #check} turns it into {@link VisitData} or a
 * message key per field, keeping what was typed.
 */
public class VisitForm {

	private String number;

	private Long hostOrganisationId;

	private String mode = "ON_SITE";

	private String meetingLink;

	private String place;

	private String startDay;

	private String startMonth;

	private String startYear;

	private String endDay;

	private String endMonth;

	private String endYear;

	private String timeZone;

	private String purpose;

	private String questions;

	private String status = "PLANNED";

	private long version;

	static VisitForm of(Visit visit) {
		VisitForm form = new VisitForm();
		form.number = String.valueOf(visit.number());
		form.hostOrganisationId = visit.hostOrganisationId();
		form.mode = visit.mode().name();
		form.meetingLink = visit.meetingLink();
		form.place = visit.place();
		form.startDay = String.valueOf(visit.startsOn().getDayOfMonth());
		form.startMonth = String.valueOf(visit.startsOn().getMonthValue());
		form.startYear = String.valueOf(visit.startsOn().getYear());
		form.endDay = String.valueOf(visit.endsOn().getDayOfMonth());
		form.endMonth = String.valueOf(visit.endsOn().getMonthValue());
		form.endYear = String.valueOf(visit.endsOn().getYear());
		form.timeZone = visit.timeZone();
		form.purpose = visit.purpose();
		form.questions = visit.questions();
		form.status = visit.status().name();
		form.version = visit.version();
		return form;
	}

	/**
	 * @param hosts the organisations of the group that may host
	 * @param errors filled with a message key per field
	 */
	VisitData check(Set<Long> hosts, Map<String, String> errors) {
		int n = 0;
		try {
			n = Integer.parseInt(String.valueOf(this.number).strip());
			if (n < 1 || n > 20) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			errors.put("number", "visit.error.number");
		}
		if (this.hostOrganisationId != null && !hosts.contains(this.hostOrganisationId)) {
			errors.put("hostOrganisationId", "visit.error.host");
		}
		VisitMode visitMode = enumValue(VisitMode.class, this.mode);
		if (visitMode == null) {
			errors.put("mode", "visit.error.mode");
		}
		String link = clean(this.meetingLink);
		if (link != null && (link.length() > 500 || !link.matches("(?i)https?://\\S+"))) {
			errors.put("meetingLink", "visit.error.link");
		}
		String where = clean(this.place);
		if (where != null && where.length() > 300) {
			errors.put("place", "visit.error.tooLong");
		}
		LocalDate starts = DateFields.of(this.startDay, this.startMonth, this.startYear);
		if (starts == null) {
			errors.put("startDay", "visit.error.startDate");
		}
		LocalDate ends = DateFields.of(this.endDay, this.endMonth, this.endYear);
		if (ends == null && !(blank(this.endDay) && blank(this.endMonth) && blank(this.endYear))) {
			errors.put("endDay", "visit.error.endDate");
		}
		if (ends == null) {
			ends = starts;
		}
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.put("endDay", "visit.error.endBeforeStart");
		}
		if (starts != null && ends != null && ends.isAfter(starts.plusDays(14))) {
			errors.put("endDay", "visit.error.tooLongVisit");
		}
		String zone = clean(this.timeZone);
		try {
			ZoneId.of(String.valueOf(zone));
		}
		catch (DateTimeException ex) {
			errors.put("timeZone", "visit.error.timeZone");
		}
		if (this.purpose != null && this.purpose.length() > 10_000) {
			errors.put("purpose", "visit.error.tooLong");
		}
		if (this.questions != null && this.questions.length() > 10_000) {
			errors.put("questions", "visit.error.tooLong");
		}
		VisitStatus visitStatus = enumValue(VisitStatus.class, this.status);
		if (visitStatus == null) {
			errors.put("status", "visit.error.status");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new VisitData(n, this.hostOrganisationId, visitMode, link, where, starts, ends, zone,
				clean(this.purpose), clean(this.questions), visitStatus);
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return blank(value) ? null : value.replace("\r\n", "\n").strip();
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public Long getHostOrganisationId() {
		return this.hostOrganisationId;
	}

	public void setHostOrganisationId(Long hostOrganisationId) {
		this.hostOrganisationId = hostOrganisationId;
	}

	public String getMode() {
		return this.mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public String getMeetingLink() {
		return this.meetingLink;
	}

	public void setMeetingLink(String meetingLink) {
		this.meetingLink = meetingLink;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getStartDay() {
		return this.startDay;
	}

	public void setStartDay(String startDay) {
		this.startDay = startDay;
	}

	public String getStartMonth() {
		return this.startMonth;
	}

	public void setStartMonth(String startMonth) {
		this.startMonth = startMonth;
	}

	public String getStartYear() {
		return this.startYear;
	}

	public void setStartYear(String startYear) {
		this.startYear = startYear;
	}

	public String getEndDay() {
		return this.endDay;
	}

	public void setEndDay(String endDay) {
		this.endDay = endDay;
	}

	public String getEndMonth() {
		return this.endMonth;
	}

	public void setEndMonth(String endMonth) {
		this.endMonth = endMonth;
	}

	public String getEndYear() {
		return this.endYear;
	}

	public void setEndYear(String endYear) {
		this.endYear = endYear;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getQuestions() {
		return this.questions;
	}

	public void setQuestions(String questions) {
		this.questions = questions;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
