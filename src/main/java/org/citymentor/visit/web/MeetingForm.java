package org.citymentor.visit.web;

import org.citymentor.shared.web.DateFields;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.visit.Meeting;
import org.citymentor.visit.MeetingData;
import org.citymentor.visit.MeetingMode;

/** A meeting as typed on its form, kept as typed when something is wrong. */
public class MeetingForm {

	private String title;

	private String mode = "ONLINE";

	private String day;

	private String month;

	private String year;

	private String startsAt;

	private String endsAt;

	private String timeZone;

	private String place;

	private String meetingLink;

	private String notes;

	private List<Long> participantIds = new ArrayList<>();

	private long version;

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.title = meeting.title();
		form.mode = meeting.mode().name();
		form.day = String.valueOf(meeting.heldOn().getDayOfMonth());
		form.month = String.valueOf(meeting.heldOn().getMonthValue());
		form.year = String.valueOf(meeting.heldOn().getYear());
		form.startsAt = (meeting.startsAt() != null) ? meeting.startsAt().toString() : null;
		form.endsAt = (meeting.endsAt() != null) ? meeting.endsAt().toString() : null;
		form.timeZone = meeting.timeZone();
		form.place = meeting.place();
		form.meetingLink = meeting.meetingLink();
		form.notes = meeting.notes();
		form.participantIds = new ArrayList<>(meeting.participantIds());
		form.version = meeting.version();
		return form;
	}

	MeetingData check(Set<Long> people, Map<String, String> errors) {
		String t = clean(this.title);
		if (t == null || t.length() > 300) {
			errors.put("title", "meeting.error.title");
		}
		MeetingMode meetingMode;
		try {
			meetingMode = MeetingMode.valueOf(String.valueOf(this.mode));
		}
		catch (IllegalArgumentException ex) {
			meetingMode = MeetingMode.ONLINE;
		}
		LocalDate heldOn = DateFields.of(this.day, this.month, this.year);
		if (heldOn == null) {
			errors.put("day", "meeting.error.date");
		}
		LocalTime starts = time("startsAt", this.startsAt, errors);
		LocalTime ends = time("endsAt", this.endsAt, errors);
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			errors.put("endsAt", "meeting.error.endBeforeStart");
		}
		String zone = clean(this.timeZone);
		try {
			ZoneId.of(String.valueOf(zone));
		}
		catch (DateTimeException ex) {
			errors.put("timeZone", "visit.error.timeZone");
		}
		String link = clean(this.meetingLink);
		if (link != null && (link.length() > 500 || !link.matches("(?i)https?://\\S+"))) {
			errors.put("meetingLink", "visit.error.link");
		}
		String where = clean(this.place);
		if (where != null && where.length() > 300) {
			errors.put("place", "visit.error.tooLong");
		}
		if (this.notes != null && this.notes.length() > 10_000) {
			errors.put("notes", "visit.error.tooLong");
		}
		if (!people.containsAll(this.participantIds)) {
			errors.put("participantIds", "meeting.error.participant");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new MeetingData(t, meetingMode, heldOn, starts, ends, zone, where, link, clean(this.notes),
				List.copyOf(this.participantIds));
	}

	private static LocalTime time(String field, String value, Map<String, String> errors) {
		String v = clean(value);
		if (v == null) {
			return null;
		}
		try {
			return LocalTime.parse((v.length() == 4) ? "0" + v : v.replace('.', ':'));
		}
		catch (DateTimeException ex) {
			errors.put(field, "meeting.error.time");
			return null;
		}
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.replace("\r\n", "\n").strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getMode() {
		return this.mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getMeetingLink() {
		return this.meetingLink;
	}

	public void setMeetingLink(String meetingLink) {
		this.meetingLink = meetingLink;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<Long> getParticipantIds() {
		return this.participantIds;
	}

	public void setParticipantIds(List<Long> participantIds) {
		this.participantIds = (participantIds != null) ? participantIds : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
