package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;

/**
 * What the progress updates of a plan say on a given day: the latest status of each
 * action, which actions are overdue, which need an update, the share done, and how far
 * each indicator is from its target. Pure: the day and the interval are given.
 */
public final class PlanMonitoring {

	/** Height of a row of the indicator chart, in SVG units. */
	public static final int CHART_ROW = 44;

	/** Widest percentage a bar is drawn with; the number itself is not capped. */
	public static final int BAR_CAP = 100;

	private PlanMonitoring() {
	}

	/** The status of an action as its organisation reports it. */
	public enum Status {

		NOT_STARTED, ON_TRACK, DELAYED, DONE, DROPPED;

		/** Done or dropped: nothing more is expected. */
		public boolean closed() {
			return this == DONE || this == DROPPED;
		}

	}

	/** An update by the mentee organisation, or an observation by the mentor side. */
	public enum Kind {

		UPDATE, OBSERVATION

	}

	/**
	 * One dated entry about an action.
	 *
	 * @param status null for an observation
	 * @param note null when the viewer may not read it
	 * @param values indicator values reported with an update, by indicator key
	 */
	public record Entry(long id, UUID actionKey, Kind kind, LocalDate reportedOn, Status status, String note,
			String authorName, Instant createdAt, Map<UUID, BigDecimal> values) {

		public boolean update() {
			return this.kind == Kind.UPDATE;
		}

		/** The same entry without its note, for those who may not read it. */
		public Entry withoutNote() {
			return new Entry(this.id, this.actionKey, this.kind, this.reportedOn, this.status, null, this.authorName,
					this.createdAt, this.values);
		}

	}

	/** Newest first: by the date reported, then by the order they were logged. */
	public static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::reportedOn)
		.thenComparingLong(Entry::id)
		.reversed();

	/**
	 * An action as monitoring sees it.
	 *
	 * @param status the latest reported status, {@code NOT_STARTED} before any update
	 * @param lastUpdate the date of the latest update, null before any
	 * @param dueOn when the next update is expected, null when none is (closed, or no
	 * start to count from)
	 * @param entries its updates and observations, newest first
	 */
	public record ActionState(Action action, Status status, LocalDate lastUpdate, boolean overdue, LocalDate dueOn,
			boolean updateDue, List<Entry> entries) {

		public boolean reported() {
			return this.lastUpdate != null;
		}

		/** The latest update, null before any. */
		public Entry latestUpdate() {
			return latest(Kind.UPDATE);
		}

		/** The latest observation of the mentor side, null before any. */
		public Entry latestObservation() {
			return latest(Kind.OBSERVATION);
		}

		/**
		 * The mentor side observed something since the latest update (or before any):
		 * news that the update does not tell.
		 */
		public boolean observationSinceUpdate() {
			Entry observation = latestObservation();
			Entry update = latestUpdate();
			return observation != null && (update == null || !observation.reportedOn().isBefore(update.reportedOn()));
		}

		private Entry latest(Kind kind) {
			return this.entries.stream().filter((e) -> e.kind() == kind).findFirst().orElse(null);
		}

	}

	/**
	 * An indicator's latest value against its target.
	 *
	 * @param latest null before any value is reported
	 * @param percent the latest value as a share of the target (may exceed 100)
	 * @param bar the percentage to draw, between 0 and {@link #BAR_CAP}
	 */
	public record IndicatorProgress(Action action, Indicator indicator, BigDecimal latest, LocalDate reportedOn,
			int percent, int bar) {
	}

	/** Counts for a plan: how many actions, by status, done and delayed. */
	public record Summary(int actions, Map<Status, Integer> counts, int updates) {

		public int count(Status status) {
			return this.counts.getOrDefault(status, 0);
		}

		public int done() {
			return count(Status.DONE);
		}

		public int delayed() {
			return count(Status.DELAYED);
		}

		/** Share of the actions done, in percent (0 for a plan without actions). */
		public int donePercent() {
			return (this.actions == 0) ? 0 : (int) Math.round(100.0 * done() / this.actions);
		}

		/** Every action is done or dropped (and there is at least one). */
		public boolean finished() {
			return this.actions > 0 && done() + count(Status.DROPPED) == this.actions;
		}

	}

	/** A plan's monitoring on one day. */
	public record Monitoring(List<ActionState> actions, List<IndicatorProgress> indicators, Summary summary,
			LocalDate today) {

		public List<ActionState> overdue() {
			return this.actions.stream().filter(ActionState::overdue).toList();
		}

		public List<ActionState> due() {
			return this.actions.stream().filter(ActionState::updateDue).toList();
		}

		public List<ActionState> withStatus(Status status) {
			return this.actions.stream().filter((a) -> a.status() == status).toList();
		}

		/**
		 * The tracks of the indicator chart as one SVG path: a row of {@code CHART_ROW}
		 * units per indicator, the track 500 wide.
		 */
		public String indicatorTracks() {
			StringBuilder path = new StringBuilder();
			for (int row = 0; row < this.indicators.size(); row++) {
				path.append("M0 ").append(row * CHART_ROW + 20).append("h500v16H0z");
			}
			return path.toString();
		}

		/** The bars of the indicators that met their target (or not yet), as one path. */
		public String indicatorBars(boolean met) {
			StringBuilder path = new StringBuilder();
			for (int row = 0; row < this.indicators.size(); row++) {
				IndicatorProgress indicator = this.indicators.get(row);
				if (indicator.bar() > 0 && (indicator.percent() >= 100) == met) {
					path.append("M0 ")
						.append(row * CHART_ROW + 20)
						.append('h')
						.append(indicator.bar() * 5)
						.append("v16H0z");
				}
			}
			return path.toString();
		}

	}

	/**
	 * The monitoring of a plan.
	 * @param content the plan's actions
	 * @param entries its updates and observations, in any order
	 * @param intervalMonths the plan's monitoring interval
	 * @param since when monitoring started (the approval), null when not approved
	 * @param today the day to judge on
	 */
	public static Monitoring of(PlanContent content, List<Entry> entries, int intervalMonths, LocalDate since,
			LocalDate today) {
		List<ActionState> states = new ArrayList<>();
		List<IndicatorProgress> indicators = new ArrayList<>();
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		int updates = 0;
		for (Action action : content.actions()) {
			List<Entry> own = entries.stream()
				.filter((e) -> e.actionKey().equals(action.key()))
				.sorted(NEWEST_FIRST)
				.toList();
			List<Entry> ownUpdates = own.stream().filter(Entry::update).toList();
			updates += ownUpdates.size();
			Status status = latestStatus(ownUpdates);
			LocalDate last = ownUpdates.isEmpty() ? null : ownUpdates.get(0).reportedOn();
			LocalDate dueOn = dueOn(action, status, last, intervalMonths, since);
			states.add(new ActionState(action, status, last, overdue(action, status, today), dueOn,
					dueOn != null && !today.isBefore(dueOn), own));
			counts.merge(status, 1, Integer::sum);
			for (Indicator indicator : action.indicators()) {
				indicators.add(indicator(action, indicator, ownUpdates));
			}
		}
		return new Monitoring(states, indicators, new Summary(states.size(), counts, updates), today);
	}

	/**
	 * The monitoring of a plan from its recent entries (see {@link PlanProgress#recent}):
	 * the same judgement as from its whole history, each action keeping only those
	 * entries.
	 */
	public static Monitoring of(PlanContent content, PlanProgress.Recent recent, int intervalMonths, LocalDate since,
			LocalDate today) {
		Monitoring monitoring = of(content, recent.entries(), intervalMonths, since, today);
		int updates = content.actions().stream().mapToInt((a) -> recent.counts(a.key()).updates()).sum();
		Summary summary = monitoring.summary();
		return new Monitoring(monitoring.actions(), monitoring.indicators(),
				new Summary(summary.actions(), summary.counts(), updates), today);
	}

	/**
	 * The status of the latest update (by date reported, then id); not started before
	 * any.
	 */
	public static Status latestStatus(List<Entry> entries) {
		return entries.stream()
			.filter((e) -> e.update() && e.status() != null)
			.min(NEWEST_FIRST)
			.map(Entry::status)
			.orElse(Status.NOT_STARTED);
	}

	/** Its end has passed and it is neither done nor dropped. */
	public static boolean overdue(Action action, Status status, LocalDate today) {
		return action.endsOn() != null && action.endsOn().isBefore(today) && !status.closed();
	}

	/**
	 * When the next update of an open action is due: one interval after its latest
	 * update, or, before any, one interval after monitoring started or the action
	 * started, whichever is later. Null for a closed action, or when there is nothing to
	 * count from.
	 */
	public static LocalDate dueOn(Action action, Status status, LocalDate lastUpdate, int intervalMonths,
			LocalDate since) {
		if (status.closed()) {
			return null;
		}
		if (lastUpdate != null) {
			return lastUpdate.plusMonths(intervalMonths);
		}
		return (since != null) ? later(since, action.startsOn()).plusMonths(intervalMonths) : null;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	static IndicatorProgress indicator(Action action, Indicator indicator, List<Entry> updatesNewestFirst) {
		for (Entry entry : updatesNewestFirst) {
			BigDecimal value = entry.values().get(indicator.key());
			if (value != null) {
				int percent = percent(value, indicator.target());
				return new IndicatorProgress(action, indicator, value, entry.reportedOn(), percent,
						Math.max(0, Math.min(BAR_CAP, percent)));
			}
		}
		return new IndicatorProgress(action, indicator, null, null, 0, 0);
	}

	/**
	 * The value as a share of the target, rounded; a target of zero is met by any value.
	 */
	public static int percent(BigDecimal value, BigDecimal target) {
		if (target == null || target.signum() <= 0) {
			return 100;
		}
		return value.multiply(BigDecimal.valueOf(100))
			.divide(target, 0, RoundingMode.HALF_UP)
			.min(BigDecimal.valueOf(100_000))
			.intValue();
	}

	/**
	 * A Gantt-like timeline of the actions with a month axis, in SVG user units: the
	 * width is fixed and the picture scales. Actions without dates get no bar.
	 */
	public static Timeline timeline(List<Action> actions, LocalDate today) {
		LocalDate first = null;
		LocalDate last = null;
		for (Action action : actions) {
			for (LocalDate date : new LocalDate[] { action.startsOn(), action.endsOn() }) {
				if (date != null) {
					first = (first == null || date.isBefore(first)) ? date : first;
					last = (last == null || date.isAfter(last)) ? date : last;
				}
			}
		}
		if (first == null) {
			return new Timeline(List.of(), List.of(), null, 0);
		}
		YearMonth from = YearMonth.from(first);
		YearMonth to = YearMonth.from(last);
		if (to.isAfter(from.plusMonths(Timeline.MAX_MONTHS - 1))) {
			to = from.plusMonths(Timeline.MAX_MONTHS - 1);
		}
		LocalDate start = from.atDay(1);
		LocalDate end = to.atEndOfMonth().plusDays(1);
		double days = ChronoUnit.DAYS.between(start, end);
		double width = Timeline.WIDTH - Timeline.LABELS;
		List<Timeline.Month> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			double x = Timeline.LABELS + width * ChronoUnit.DAYS.between(start, month.atDay(1)) / days;
			double w = width * month.lengthOfMonth() / days;
			months.add(new Timeline.Month(month, round(x), round(w)));
		}
		List<Timeline.Bar> bars = new ArrayList<>();
		int row = 0;
		for (Action action : actions) {
			double y = Timeline.AXIS + row * Timeline.ROW;
			row++;
			if (action.startsOn() == null && action.endsOn() == null) {
				bars.add(new Timeline.Bar(action, round(y), 0, 0, false));
				continue;
			}
			LocalDate s = clamp((action.startsOn() != null) ? action.startsOn() : action.endsOn(), start, end);
			LocalDate e = clamp(((action.endsOn() != null) ? action.endsOn() : action.startsOn())
				.plusDays(action.byMonth() ? 0 : 1), start, end);
			if (action.byMonth() && action.endsOn() != null) {
				e = clamp(YearMonth.from(action.endsOn()).atEndOfMonth().plusDays(1), start, end);
			}
			double x = Timeline.LABELS + width * ChronoUnit.DAYS.between(start, s) / days;
			double w = Math.max(2, width * ChronoUnit.DAYS.between(s, e) / days);
			bars.add(new Timeline.Bar(action, round(y), round(x), round(w), true));
		}
		Double todayX = (today.isBefore(start) || !today.isBefore(end)) ? null
				: round(Timeline.LABELS + width * ChronoUnit.DAYS.between(start, today) / days);
		return new Timeline(months, bars, todayX, Timeline.AXIS + row * Timeline.ROW);
	}

	private static LocalDate clamp(LocalDate date, LocalDate min, LocalDate max) {
		return date.isBefore(min) ? min : (date.isAfter(max) ? max : date);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * The timeline's geometry.
	 *
	 * @param todayX where today is, null when it falls outside the axis
	 * @param height the picture's height
	 */
	public record Timeline(List<Month> months, List<Bar> bars, Double todayX, int height) {

		public static final int WIDTH = 1000;

		/** Room for the action numbers on the left. */
		public static final int LABELS = 60;

		public static final int AXIS = 30;

		public static final int ROW = 26;

		/** Longest axis drawn: ten years. */
		public static final int MAX_MONTHS = 120;

		public boolean empty() {
			return this.months.isEmpty();
		}

		/**
		 * The start of every month as one SVG path ("M60 0V300M75.2 0V300…"), so that the
		 * grid is one element however long the plan runs.
		 */
		public String grid() {
			StringBuilder path = new StringBuilder();
			for (Month month : this.months) {
				path.append('M').append(number(month.x())).append(" 0V").append(this.height);
			}
			return path.toString();
		}

		private static String number(double value) {
			return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
		}

		/**
		 * The bars of the actions whose status is the given one, as one SVG path (one
		 * element per status however many actions).
		 */
		public String bars(Map<UUID, ActionState> states, Status status) {
			StringBuilder path = new StringBuilder();
			for (Bar bar : this.bars) {
				ActionState state = states.get(bar.action().key());
				if (bar.dated() && state != null && state.status() == status) {
					path.append('M')
						.append(number(bar.x()))
						.append(' ')
						.append(number(bar.y() + 4))
						.append('h')
						.append(number(bar.width()))
						.append("v16h-")
						.append(number(bar.width()))
						.append('z');
				}
			}
			return path.toString();
		}

		/** Label every month when there are few, else only Januaries and the first. */
		public boolean labelled(Month month) {
			return this.months.size() <= 18 || month.month().getMonthValue() == 1 || month == this.months.get(0);
		}

		public record Month(YearMonth month, double x, double width) {
		}

		/** An action's bar; {@code dated} false when it has no timeframe. */
		public record Bar(Action action, double y, double x, double width, boolean dated) {
		}

	}

}
