package org.citymentor.actionplan.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.ActionInput;
import org.citymentor.actionplan.ActionInput.IndicatorInput;
import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.form.NumberText;

/**
 * What the person typed for one action, as typed: the page shows it again unchanged when
 * something is wrong. {@link #check} turns it into an {@link ActionInput} or a message
 * key per field.
 */
public class ActionForm {

	static final int MAX_INDICATORS = 10;

	private String title;

	private String outcomes;

	private String startDay;

	private String startMonth;

	private String startYear;

	private String endDay;

	private String endMonth;

	private String endYear;

	private String leadName;

	private Long leadUserId;

	private String resources;

	private String funding;

	private String measuring;

	private List<String> indicatorKey = new ArrayList<>();

	private List<String> indicatorName = new ArrayList<>();

	private List<String> indicatorTarget = new ArrayList<>();

	private List<String> indicatorUnit = new ArrayList<>();

	private long version;

	/** The form filled with a stored action. */
	static ActionForm of(Action action) {
		ActionForm form = new ActionForm();
		form.title = action.title();
		form.outcomes = action.outcomes();
		if (action.startsOn() != null) {
			form.startDay = action.byMonth() ? null : String.valueOf(action.startsOn().getDayOfMonth());
			form.startMonth = String.valueOf(action.startsOn().getMonthValue());
			form.startYear = String.valueOf(action.startsOn().getYear());
		}
		if (action.endsOn() != null) {
			form.endDay = action.byMonth() ? null : String.valueOf(action.endsOn().getDayOfMonth());
			form.endMonth = String.valueOf(action.endsOn().getMonthValue());
			form.endYear = String.valueOf(action.endsOn().getYear());
		}
		form.leadName = action.leadName();
		form.leadUserId = action.leadUserId();
		form.resources = action.resources();
		form.funding = (action.funding() != null) ? action.funding().stripTrailingZeros().toPlainString() : null;
		form.measuring = action.measuring();
		for (Indicator indicator : action.indicators()) {
			form.indicatorKey.add(indicator.key().toString());
			form.indicatorName.add(indicator.name());
			form.indicatorTarget.add(indicator.target().stripTrailingZeros().toPlainString());
			form.indicatorUnit.add(indicator.unit());
		}
		form.version = action.version();
		return form;
	}

	/** Blank rows for new indicators: at least two, one more than filled. */
	void padIndicators() {
		int wanted = Math.min(MAX_INDICATORS, Math.max(2, filledIndicators() + 1));
		while (this.indicatorName.size() < wanted) {
			this.indicatorKey.add("");
			this.indicatorName.add("");
			this.indicatorTarget.add("");
			this.indicatorUnit.add("");
		}
		while (this.indicatorKey.size() < this.indicatorName.size()) {
			this.indicatorKey.add("");
		}
		while (this.indicatorTarget.size() < this.indicatorName.size()) {
			this.indicatorTarget.add("");
		}
		while (this.indicatorUnit.size() < this.indicatorName.size()) {
			this.indicatorUnit.add("");
		}
	}

	private int filledIndicators() {
		int filled = 0;
		for (int i = 0; i < this.indicatorName.size(); i++) {
			if (!blank(at(this.indicatorName, i)) || !blank(at(this.indicatorTarget, i))) {
				filled++;
			}
		}
		return filled;
	}

	/**
	 * Checks the input.
	 * @param errors filled with a message key per field name (e.g. {@code endYear},
	 * {@code indicatorTarget[1]})
	 * @param leads the people who may lead an action (their account ids)
	 * @return the input, or null when there are errors
	 */
	ActionInput check(Map<String, String> errors, java.util.Set<Long> leads) {
		String t = clean(this.title);
		if (t == null) {
			errors.put("title", "plan.action.error.title");
		}
		else if (t.length() > 500) {
			errors.put("title", "plan.action.error.titleTooLong");
		}
		longText("outcomes", this.outcomes, errors);
		longText("resources", this.resources, errors);
		longText("measuring", this.measuring, errors);
		boolean byMonth = blank(this.startDay) && blank(this.endDay);
		LocalDate starts = date("start", this.startDay, this.startMonth, this.startYear, false, errors);
		LocalDate ends = date("end", this.endDay, this.endMonth, this.endYear, true, errors);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.put("endYear", "plan.action.error.endBeforeStart");
		}
		String lead = clean(this.leadName);
		if (lead != null && lead.length() > 300) {
			errors.put("leadName", "plan.action.error.tooLong");
		}
		if (this.leadUserId != null && !leads.contains(this.leadUserId)) {
			errors.put("leadUserId", "plan.action.error.lead");
		}
		BigDecimal amount = null;
		if (!blank(this.funding)) {
			try {
				amount = new BigDecimal(NumberText.normalise(this.funding.strip()));
				if (amount.signum() < 0) {
					errors.put("funding", "plan.action.error.negative");
				}
				else if (amount.stripTrailingZeros().scale() > 2
						|| amount.compareTo(new BigDecimal("999999999999")) > 0) {
					errors.put("funding", "plan.action.error.amount");
				}
			}
			catch (NumberFormatException ex) {
				errors.put("funding", "plan.action.error.amount");
			}
		}
		List<IndicatorInput> indicators = indicators(errors);
		if (!errors.isEmpty()) {
			return null;
		}
		return new ActionInput(t, clean(this.outcomes), starts, ends, byMonth && (starts != null || ends != null), lead,
				this.leadUserId, clean(this.resources), amount, clean(this.measuring), indicators);
	}

	private List<IndicatorInput> indicators(Map<String, String> errors) {
		List<IndicatorInput> indicators = new ArrayList<>();
		for (int i = 0; i < this.indicatorName.size() && i < MAX_INDICATORS; i++) {
			String name = clean(at(this.indicatorName, i));
			String target = clean(at(this.indicatorTarget, i));
			String unit = clean(at(this.indicatorUnit, i));
			if (name == null && target == null) {
				continue;
			}
			if (name == null) {
				errors.put("indicatorName[" + i + "]", "plan.action.error.indicatorName");
				continue;
			}
			if (name.length() > 300 || (unit != null && unit.length() > 40)) {
				errors.put("indicatorName[" + i + "]", "plan.action.error.tooLong");
				continue;
			}
			if (target == null) {
				errors.put("indicatorTarget[" + i + "]", "plan.action.error.indicatorTarget");
				continue;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(NumberText.normalise(target));
			}
			catch (NumberFormatException ex) {
				errors.put("indicatorTarget[" + i + "]", "plan.action.error.number");
				continue;
			}
			if (value.signum() < 0) {
				errors.put("indicatorTarget[" + i + "]", "plan.action.error.negative");
				continue;
			}
			if (value.stripTrailingZeros().scale() > 2 || value.compareTo(new BigDecimal("999999999999")) > 0) {
				errors.put("indicatorTarget[" + i + "]", "plan.action.error.number");
				continue;
			}
			indicators.add(new IndicatorInput(uuid(at(this.indicatorKey, i)), name, value, unit));
		}
		return indicators;
	}

	private static LocalDate date(String prefix, String day, String month, String year, boolean end,
			Map<String, String> errors) {
		if (blank(day) && blank(month) && blank(year)) {
			return null;
		}
		try {
			int y = Integer.parseInt(year.strip());
			int m = Integer.parseInt(month.strip());
			if (y < 1990 || y > 2100) {
				throw new NumberFormatException();
			}
			if (blank(day)) {
				LocalDate first = LocalDate.of(y, m, 1);
				return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
			}
			return LocalDate.of(y, m, Integer.parseInt(day.strip()));
		}
		catch (NumberFormatException | NullPointerException | DateTimeException ex) {
			errors.put(prefix + (blank(month) ? "Month" : "Year"), "plan.action.error.date");
			return null;
		}
	}

	private static void longText(String field, String value, Map<String, String> errors) {
		if (value != null && value.length() > 10_000) {
			errors.put(field, "plan.action.error.tooLong");
		}
	}

	private static UUID uuid(String value) {
		try {
			return blank(value) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return blank(value) ? null : value.replace("\r\n", "\n").strip();
	}

	/** Error messages in the order of the fields on the page. */
	static Map<String, String> ordered(Map<String, String> errors) {
		List<String> order = List.of("title", "outcomes", "startMonth", "startYear", "endMonth", "endYear", "leadName",
				"leadUserId", "resources", "funding", "measuring");
		Map<String, String> sorted = new LinkedHashMap<>();
		order.stream().filter(errors::containsKey).forEach((k) -> sorted.put(k, errors.get(k)));
		errors.forEach(sorted::putIfAbsent);
		return sorted;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
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

	public String getLeadName() {
		return this.leadName;
	}

	public void setLeadName(String leadName) {
		this.leadName = leadName;
	}

	public Long getLeadUserId() {
		return this.leadUserId;
	}

	public void setLeadUserId(Long leadUserId) {
		this.leadUserId = leadUserId;
	}

	public String getResources() {
		return this.resources;
	}

	public void setResources(String resources) {
		this.resources = resources;
	}

	public String getFunding() {
		return this.funding;
	}

	public void setFunding(String funding) {
		this.funding = funding;
	}

	public String getMeasuring() {
		return this.measuring;
	}

	public void setMeasuring(String measuring) {
		this.measuring = measuring;
	}

	public List<String> getIndicatorKey() {
		return this.indicatorKey;
	}

	public void setIndicatorKey(List<String> indicatorKey) {
		this.indicatorKey = indicatorKey;
	}

	public List<String> getIndicatorName() {
		return this.indicatorName;
	}

	public void setIndicatorName(List<String> indicatorName) {
		this.indicatorName = indicatorName;
	}

	public List<String> getIndicatorTarget() {
		return this.indicatorTarget;
	}

	public void setIndicatorTarget(List<String> indicatorTarget) {
		this.indicatorTarget = indicatorTarget;
	}

	public List<String> getIndicatorUnit() {
		return this.indicatorUnit;
	}

	public void setIndicatorUnit(List<String> indicatorUnit) {
		this.indicatorUnit = indicatorUnit;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
