package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citymentor.actionplan.PlanComparison.Change;
import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.actionplan.PlanContent.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which actions two versions of a plan added, removed, changed or moved. */
class PlanComparisonTest {

	static final UUID KEPT = UUID.randomUUID();

	static final UUID CHANGED = UUID.randomUUID();

	static final UUID REMOVED = UUID.randomUUID();

	static final UUID ADDED = UUID.randomUUID();

	@Test
	void findsAddedRemovedChangedAndMovedActions() {
		PlanContent before = new PlanContent(List.of(
				new Part(1, 0, "Long-term", 0,
						List.of(action(KEPT, "Map", "5", new BigDecimal("100")), action(CHANGED, "Train", "10", null))),
				new Part(2, 1, "Pilot", 0, List.of(action(REMOVED, "Old", "1", null)))));
		PlanContent after = new PlanContent(
				List.of(new Part(1, 0, "Long-term", 0, List.of(action(ADDED, "New", "3", null))),
						new Part(2, 1, "Pilot", 0, List.of(action(KEPT, "Map", "5", new BigDecimal("100.00")),
								action(CHANGED, "Train", "15", null)))));
		List<PlanComparison.Row> rows = PlanComparison.compare(before, after);
		assertThat(rows).extracting(PlanComparison.Row::change)
			.containsExactly(Change.ADDED, Change.CHANGED, Change.CHANGED, Change.REMOVED);
		PlanComparison.Row moved = rows.get(1);
		assertThat(moved.movedFrom()).isEqualTo("Long-term");
		assertThat(moved.changedColumns()).as("100 and 100.00 are the same amount").isEmpty();
		assertThat(rows.get(2).changedColumns()).containsExactly("measuring");
		assertThat(PlanComparison.counts(rows)).containsEntry("ADDED", 1L).containsEntry("CHANGED", 2L);
	}

	@Test
	void identicalVersionsHaveNoChanges() {
		PlanContent plan = new PlanContent(List.of(new Part(1, 0, "A", 0, List.of(action(KEPT, "Map", "5", null)))));
		assertThat(PlanComparison.compare(plan, plan)).extracting(PlanComparison.Row::change)
			.containsExactly(Change.UNCHANGED);
	}

	private static Action action(UUID key, String title, String target, BigDecimal funding) {
		return new Action(0, key, 0, title, "outcomes", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), true,
				"Lead", null, "staff", funding, "measure", 0,
				List.of(new Indicator(UUID.nameUUIDFromBytes(title.getBytes()), "People", new BigDecimal(target),
						"people")));
	}

}
