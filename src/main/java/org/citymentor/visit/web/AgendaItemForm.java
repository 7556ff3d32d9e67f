package org.citymentor.visit.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citymentor.visit.AgendaItem;
import org.citymentor.visit.AgendaKind;

/**
 * What the person typed for one agenda item, as typed: the page shows it again unchanged
 * when something is wrong. {@link #check} turns it into an {@link AgendaItem.Input} or a
 * message key per field.
 */
public class AgendaItemForm {

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.h]([0-5]\\d)");

	private String day;

	private String startsAt;

	private String endsAt;

	private String title;

	private String kind;

	private String place;

	private String ledBy;

	private String goodPracticeId;

	private long version;

	static AgendaItemForm of(AgendaItem item) {
		AgendaItemForm form = new AgendaItemForm();
		form.day = item.day().toString();
		form.startsAt = item.startsAt().toString();
		form.endsAt = item.endsAt().toString();
		form.title = item.title();
		form.kind = item.kind().name();
		form.place = item.place();
		form.ledBy = item.ledBy();
		form.goodPracticeId = (item.goodPracticeId() != null) ? item.goodPracticeId().toString() : null;
		form.version = item.version();
		return form;
	}

	/**
	 * Checks the input.
	 * @param days the visit's days
	 * @param practices the good-practice sheets a {@code GOOD_PRACTICE} item may present
	 * @param errors filled with a message key per field name
	 * @return the input, or null when there are errors
	 */
	AgendaItem.Input check(List<LocalDate> days, Set<Long> practices, Map<String, String> errors) {
		LocalDate d = null;
		try {
			d = blank(this.day) ? null : LocalDate.parse(this.day.strip());
		}
		catch (DateTimeParseException ex) {
			d = null;
		}
		if (d == null || !days.contains(d)) {
			errors.put("day", "visit.agenda.error.day");
		}
		LocalTime starts = time(this.startsAt);
		LocalTime ends = time(this.endsAt);
		if (starts == null) {
			errors.put("startsAt", "visit.agenda.error.time");
		}
		if (ends == null) {
			errors.put("endsAt", "visit.agenda.error.time");
		}
		else if (starts != null && !ends.isAfter(starts)) {
			errors.put("endsAt", "visit.agenda.error.endBeforeStart");
		}
		String t = clean(this.title);
		if (t == null) {
			errors.put("title", "visit.agenda.error.title");
		}
		else if (t.length() > 300) {
			errors.put("title", "visit.agenda.error.tooLong");
		}
		AgendaKind k = null;
		try {
			k = blank(this.kind) ? null : AgendaKind.valueOf(this.kind.strip());
		}
		catch (IllegalArgumentException ex) {
			k = null;
		}
		if (k == null) {
			errors.put("kind", "visit.agenda.error.kind");
		}
		Long practice = null;
		if (k == AgendaKind.GOOD_PRACTICE) {
			if (practices.isEmpty()) {
				errors.put("goodPracticeId", "visit.agenda.error.noPractice");
			}
			else {
				practice = id(this.goodPracticeId);
				if (practice == null || !practices.contains(practice)) {
					errors.put("goodPracticeId", "visit.agenda.error.practice");
				}
			}
		}
		String p = clean(this.place);
		if (p != null && p.length() > 300) {
			errors.put("place", "visit.agenda.error.tooLong");
		}
		String lead = clean(this.ledBy);
		if (lead != null && lead.length() > 300) {
			errors.put("ledBy", "visit.agenda.error.tooLong");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new AgendaItem.Input(d, starts, ends, t, k, p, lead, practice);
	}

	private static LocalTime time(String value) {
		if (blank(value)) {
			return null;
		}
		Matcher m = TIME.matcher(value.strip());
		if (!m.matches()) {
			return null;
		}
		return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	private static Long id(String value) {
		try {
			return blank(value) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return blank(value) ? null : value.strip();
	}

	/** Error messages in the order of the fields on the page. */
	static Map<String, String> ordered(Map<String, String> errors) {
		Map<String, String> sorted = new java.util.LinkedHashMap<>();
		List.of("day", "startsAt", "endsAt", "title", "kind", "goodPracticeId", "place", "ledBy")
			.stream()
			.filter(errors::containsKey)
			.forEach((k) -> sorted.put(k, errors.get(k)));
		errors.forEach(sorted::putIfAbsent);
		return sorted;
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getLedBy() {
		return this.ledBy;
	}

	public void setLedBy(String ledBy) {
		this.ledBy = ledBy;
	}

	public String getGoodPracticeId() {
		return this.goodPracticeId;
	}

	public void setGoodPracticeId(String goodPracticeId) {
		this.goodPracticeId = goodPracticeId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
