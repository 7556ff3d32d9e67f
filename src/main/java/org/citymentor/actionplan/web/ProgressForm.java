package org.citymentor.actionplan.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.actionplan.PlanMonitoring.Kind;
import org.citymentor.actionplan.PlanMonitoring.Status;
import org.citymentor.form.NumberText;

/**
 * A progress update (or an observation) as typed: the page shows it again unchanged when
 * something is wrong. {@link #check} turns it into an {@link Input} or a message key per
 * field.
 */
public class ProgressForm {

	static final int MAX_NOTE = 5_000;

	private static final BigDecimal LARGEST = new BigDecimal("999999999999");

	private String day;

	private String month;

	private String year;

	private String status;

	private String note;

	private List<String> indicatorKey = new ArrayList<>();

	private List<String> value = new ArrayList<>();

	/** A new entry dated today, with a field for each indicator of the action. */
	static ProgressForm of(Action action, LocalDate today) {
		ProgressForm form = new ProgressForm();
		form.day = String.valueOf(today.getDayOfMonth());
		form.month = String.valueOf(today.getMonthValue());
		form.year = String.valueOf(today.getYear());
		for (Indicator indicator : action.indicators()) {
			form.indicatorKey.add(indicator.key().toString());
			form.value.add("");
		}
		return form;
	}

	/**
	 * Checks the input.
	 * @param errors filled with a message key per field name ({@code day},
	 * {@code status}, {@code value[1]}…)
	 * @param latest the latest day a person anywhere may call today
	 * @return the input, or null when there are errors
	 */
	Input check(Kind kind, Action action, LocalDate latest, Map<String, String> errors) {
		LocalDate reportedOn = date(latest, errors);
		Status chosen = null;
		if (kind == Kind.UPDATE) {
			try {
				chosen = Status.valueOf(String.valueOf(this.status));
			}
			catch (IllegalArgumentException ex) {
				errors.put("status", "planMonitoring.error.status");
			}
		}
		String text = clean(this.note);
		if (text != null && text.length() > MAX_NOTE) {
			errors.put("note", "planMonitoring.error.tooLong");
		}
		else if (text == null && kind == Kind.OBSERVATION) {
			errors.put("note", "planMonitoring.error.note");
		}
		Map<UUID, BigDecimal> values = (kind == Kind.UPDATE) ? values(action, errors) : Map.of();
		if (!errors.isEmpty()) {
			return null;
		}
		return new Input(reportedOn, chosen, text, values);
	}

	private LocalDate date(LocalDate latest, Map<String, String> errors) {
		if (blank(this.day) && blank(this.month) && blank(this.year)) {
			errors.put("day", "planMonitoring.error.dateMissing");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(this.year.strip()), Integer.parseInt(this.month.strip()),
					Integer.parseInt(this.day.strip()));
		}
		catch (NumberFormatException | DateTimeException | NullPointerException ex) {
			errors.put("day", "planMonitoring.error.date");
			return null;
		}
		if (date.getYear() < 2000) {
			errors.put("day", "planMonitoring.error.date");
			return null;
		}
		if (date.isAfter(latest)) {
			errors.put("day", "planMonitoring.error.future");
			return null;
		}
		return date;
	}

	/**
	 * The values typed for the action's indicators; a blank one is simply not reported.
	 */
	private Map<UUID, BigDecimal> values(Action action, Map<String, String> errors) {
		Map<UUID, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < this.indicatorKey.size(); i++) {
			String typed = clean(at(this.value, i));
			if (typed == null) {
				continue;
			}
			UUID key;
			try {
				key = UUID.fromString(this.indicatorKey.get(i));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				continue;
			}
			if (action.indicators().stream().noneMatch((indicator) -> indicator.key().equals(key))) {
				continue;
			}
			try {
				BigDecimal number = new BigDecimal(NumberText.normalise(typed));
				if (number.signum() < 0) {
					errors.put("value[" + i + "]", "planMonitoring.error.negative");
				}
				else if (number.stripTrailingZeros().scale() > 2 || number.compareTo(LARGEST) > 0) {
					errors.put("value[" + i + "]", "planMonitoring.error.number");
				}
				else {
					values.put(key, number);
				}
			}
			catch (NumberFormatException ex) {
				errors.put("value[" + i + "]", "planMonitoring.error.number");
			}
		}
		return values;
	}

	/** Keeps only the fields of indicators the action still has, adding missing ones. */
	void align(Action action) {
		List<String> keys = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (Indicator indicator : action.indicators()) {
			int index = this.indicatorKey.indexOf(indicator.key().toString());
			keys.add(indicator.key().toString());
			values.add((index >= 0) ? at(this.value, index) : "");
		}
		this.indicatorKey = keys;
		this.value = values;
	}

	private static String at(List<String> list, int index) {
		return (index < list.size()) ? list.get(index) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return blank(value) ? null : value.strip();
	}

	/** Checked input. */
	record Input(LocalDate reportedOn, Status status, String note, Map<UUID, BigDecimal> values) {
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

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<String> getIndicatorKey() {
		return this.indicatorKey;
	}

	public void setIndicatorKey(List<String> indicatorKey) {
		this.indicatorKey = (indicatorKey != null) ? indicatorKey : new ArrayList<>();
	}

	public List<String> getValue() {
		return this.value;
	}

	public void setValue(List<String> value) {
		this.value = (value != null) ? value : new ArrayList<>();
	}

}
