package org.citymentor.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Part;

/**
 * What changed between two versions of a plan, action by action: added, removed, changed
 * (with the columns that differ), moved to another part, or unchanged.
 */
public final class PlanComparison {

	private PlanComparison() {
	}

	public enum Change {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	/**
	 * One action in the comparison.
	 *
	 * @param before the action in the earlier version (null when added)
	 * @param after the action in the later version (null when removed)
	 * @param changedColumns the columns that differ: title, outcomes, timeframe, lead,
	 * resources, measuring
	 * @param movedFrom the title of the part it was in, when it moved to another part
	 */
	public record Row(Change change, Action before, Action after, String part, List<String> changedColumns,
			String movedFrom) {

		public Action shown() {
			return (this.after != null) ? this.after : this.before;
		}

		public boolean changed(String column) {
			return this.changedColumns.contains(column);
		}

	}

	public static List<Row> compare(PlanContent from, PlanContent to) {
		Map<UUID, Action> earlier = from.actions()
			.stream()
			.collect(Collectors.toMap(Action::key, Function.identity(), (a, b) -> a));
		List<Row> rows = new ArrayList<>();
		for (Part part : to.parts()) {
			for (Action action : part.actions()) {
				Action before = earlier.get(action.key());
				if (before == null) {
					rows.add(new Row(Change.ADDED, null, action, part.title(), List.of(), null));
					continue;
				}
				List<String> columns = changedColumns(before, action);
				String oldPart = from.partOf(action.key()).map(Part::title).orElse(null);
				String movedFrom = Objects.equals(oldPart, part.title()) ? null : oldPart;
				boolean same = columns.isEmpty() && movedFrom == null;
				rows.add(new Row(same ? Change.UNCHANGED : Change.CHANGED, before, action, part.title(), columns,
						movedFrom));
			}
		}
		for (Part part : from.parts()) {
			for (Action action : part.actions()) {
				if (to.action(action.key()).isEmpty()) {
					rows.add(new Row(Change.REMOVED, action, null, part.title(), List.of(), null));
				}
			}
		}
		return rows;
	}

	static List<String> changedColumns(Action a, Action b) {
		List<String> columns = new ArrayList<>();
		if (!Objects.equals(a.title(), b.title())) {
			columns.add("title");
		}
		if (!Objects.equals(a.outcomes(), b.outcomes())) {
			columns.add("outcomes");
		}
		if (!Objects.equals(a.startsOn(), b.startsOn()) || !Objects.equals(a.endsOn(), b.endsOn())
				|| a.byMonth() != b.byMonth()) {
			columns.add("timeframe");
		}
		if (!Objects.equals(a.leadName(), b.leadName())) {
			columns.add("lead");
		}
		if (!Objects.equals(a.resources(), b.resources()) || !sameAmount(a.funding(), b.funding())) {
			columns.add("resources");
		}
		List<Object> ia = a.comparable().subList(9, 10);
		List<Object> ib = b.comparable().subList(9, 10);
		if (!Objects.equals(a.measuring(), b.measuring()) || !Objects.equals(ia, ib)) {
			columns.add("measuring");
		}
		return columns;
	}

	private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** Counts per kind of change, for the summary above the table. */
	public static Map<String, Long> counts(List<Row> rows) {
		return rows.stream().collect(Collectors.groupingBy((r) -> r.change().name(), Collectors.counting()));
	}

}
