package org.citymentor.training.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.citymentor.training.Training;
import org.citymentor.training.TrainingData;
import org.citymentor.training.TrainingMode;

/** A session as typed on its form, kept as typed when something is wrong. */
public class TrainingForm {

	static final int MAX_AGENDA_ITEMS = 20;

	private String title;

	private String mode = "ONLINE";

	private String day;

	private String month;

	private String year;

	private String startsAt;

	private String endsAt;

	private String timeZone;

	private String meetingLink;

	private String address;

	/** One agenda item a line, in their order. */
	private String agenda;

	private long version;

	static TrainingForm of(Training training) {
		TrainingData data = training.data();
		TrainingForm form = new TrainingForm();
		form.title = data.title();
		form.mode = data.mode().name();
		form.day = String.valueOf(data.heldOn().getDayOfMonth());
		form.month = String.valueOf(data.heldOn().getMonthValue());
		form.year = String.valueOf(data.heldOn().getYear());
		form.startsAt = data.startsAt().toString();
		form.endsAt = data.endsAt().toString();
		form.timeZone = data.timeZone();
		form.meetingLink = data.meetingLink();
		form.address = data.address();
		form.agenda = String.join("\n", data.agenda());
		form.version = training.version();
		return form;
	}

	/** The checked session, or null with the problems by field (message keys). */
	TrainingData check(Map<String, String> errors) {
		String t = clean(this.title);
		if (t == null || t.length() > 200) {
			errors.put("title", "training.error.title");
		}
		LocalDate heldOn = date();
		if (heldOn == null) {
			errors.put("day", "training.error.date");
		}
		LocalTime starts = time("startsAt", this.startsAt, errors);
		LocalTime ends = time("endsAt", this.endsAt, errors);
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			errors.put("endsAt", "training.error.endBeforeStart");
		}
		String zone = clean(this.timeZone);
		try {
			ZoneId.of(String.valueOf(zone));
		}
		catch (DateTimeException ex) {
			errors.put("timeZone", "training.error.timeZone");
		}
		TrainingMode where = "ON_SITE".equals(this.mode) ? TrainingMode.ON_SITE : TrainingMode.ONLINE;
		String link = clean(this.meetingLink);
		if (link != null && (link.length() > 500 || !link.matches("(?i)https?://[^\\s<>\"]+"))) {
			errors.put("meetingLink", "training.error.link");
		}
		String place = clean(this.address);
		if (where == TrainingMode.ON_SITE && place == null) {
			errors.put("address", "training.error.addressRequired");
		}
		else if (place != null && place.length() > 300) {
			errors.put("address", "training.error.tooLong");
		}
		List<String> items = agendaItems();
		if (items.size() > MAX_AGENDA_ITEMS || items.stream().anyMatch((i) -> i.length() > 300)) {
			errors.put("agenda", "training.error.agenda");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new TrainingData(t, heldOn, starts, ends, zone, where, (where == TrainingMode.ONLINE) ? link : null,
				(where == TrainingMode.ON_SITE) ? place : null, items);
	}

	private List<String> agendaItems() {
		if (this.agenda == null) {
			return List.of();
		}
		return Arrays.stream(this.agenda.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private LocalDate date() {
		try {
			return LocalDate.of(Integer.parseInt(String.valueOf(this.year).strip()),
					Integer.parseInt(String.valueOf(this.month).strip()),
					Integer.parseInt(String.valueOf(this.day).strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

	private static LocalTime time(String field, String value, Map<String, String> errors) {
		String v = clean(value);
		if (v == null) {
			errors.put(field, "training.error.timeRequired");
			return null;
		}
		try {
			String normalised = v.replace('.', ':').replace('h', ':');
			return LocalTime.parse((normalised.indexOf(':') == 1) ? "0" + normalised : normalised);
		}
		catch (DateTimeException ex) {
			errors.put(field, "training.error.time");
			return null;
		}
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
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

	public String getMeetingLink() {
		return this.meetingLink;
	}

	public void setMeetingLink(String meetingLink) {
		this.meetingLink = meetingLink;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
