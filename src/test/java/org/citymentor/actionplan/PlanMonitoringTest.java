package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.actionplan.PlanContent.Part;
import org.citymentor.actionplan.PlanMonitoring.Entry;
import org.citymentor.actionplan.PlanMonitoring.Kind;
import org.citymentor.actionplan.PlanMonitoring.Monitoring;
import org.citymentor.actionplan.PlanMonitoring.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What monitoring derives from the updates, judged on a fixed day. */
class PlanMonitoringTest {

	static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

	static final LocalDate APPROVED = LocalDate.of(2027, 1, 10);

	final UUID indicatorKey = UUID.randomUUID();

	final Action ended = action("Ended in May", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), List.of());

	final Action running = action("Runs until 2028", LocalDate.of(2027, 2, 1), LocalDate.of(2028, 12, 31),
			List.of(new Indicator(this.indicatorKey, "Newcomers helped", new BigDecimal("200"), null)));

	final Action finished = action("Done early", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), List.of());

	final PlanContent content = new PlanContent(
			List.of(new Part(1, 0, "Part A", 0, List.of(this.ended, this.running, this.finished))));

	@Test
	void anActionPastItsEndIsOverdueUnlessDoneOrDropped() {
		Monitoring m = PlanMonitoring.of(this.content, List.of(update(1, this.ended, "2027-03-01", Status.ON_TRACK),
				update(2, this.finished, "2027-04-01", Status.DONE)), 3, APPROVED, TODAY);
		assertThat(m.overdue()).extracting((a) -> a.action().title()).containsExactly("Ended in May");
		assertThat(PlanMonitoring.overdue(this.ended, Status.DROPPED, TODAY)).isFalse();
		assertThat(PlanMonitoring.overdue(this.ended, Status.DELAYED, LocalDate.of(2027, 5, 31))).as("on its last day")
			.isFalse();
	}

	@Test
	void theLatestStatusIsTheLatestReportedThenTheLatestLogged() {
		List<Entry> entries = List.of(update(5, this.running, "2027-04-01", Status.DELAYED),
				update(3, this.running, "2027-05-01", Status.ON_TRACK),
				update(4, this.running, "2027-05-01", Status.DELAYED), observation(6, this.running, "2027-06-01"));
		assertThat(PlanMonitoring.latestStatus(entries)).isEqualTo(Status.DELAYED);
		assertThat(PlanMonitoring.latestStatus(List.of())).isEqualTo(Status.NOT_STARTED);
	}

	@Test
	void anUpdateIsDueOneIntervalAfterTheLastOrAfterApprovalAndStart() {
		Monitoring m = PlanMonitoring.of(this.content, List.of(update(1, this.ended, "2027-03-14", Status.ON_TRACK),
				update(2, this.finished, "2027-01-20", Status.DONE)), 3, APPROVED, TODAY);
		var ended = m.actions().get(0);
		var running = m.actions().get(1);
		var finished = m.actions().get(2);
		assertThat(ended.dueOn()).isEqualTo(LocalDate.of(2027, 6, 14));
		assertThat(ended.updateDue()).isTrue();
		assertThat(running.dueOn()).as("no update yet: from its start, which is after the approval")
			.isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(running.updateDue()).isTrue();
		assertThat(finished.dueOn()).as("done: nothing more expected").isNull();
		assertThat(finished.updateDue()).isFalse();

		Monitoring sixMonths = PlanMonitoring.of(this.content, List.of(), 6, APPROVED, TODAY);
		assertThat(sixMonths.due()).isEmpty();
		assertThat(PlanMonitoring.of(this.content, List.of(), 3, null, TODAY).due()).as("not approved").isEmpty();
	}

	@Test
	void countsDoneShareAndIndicatorsAgainstTargets() {
		Entry first = new Entry(1, this.running.key(), Kind.UPDATE, LocalDate.parse("2027-03-01"), Status.ON_TRACK,
				null, "X", null, Map.of(this.indicatorKey, new BigDecimal("50")));
		Entry second = new Entry(2, this.running.key(), Kind.UPDATE, LocalDate.parse("2027-05-01"), Status.DELAYED,
				null, "X", null, Map.of(this.indicatorKey, new BigDecimal("250")));
		Monitoring m = PlanMonitoring.of(this.content,
				List.of(first, second, update(3, this.finished, "2027-03-01", Status.DONE)), 3, APPROVED, TODAY);
		assertThat(m.summary().actions()).isEqualTo(3);
		assertThat(m.summary().done()).isEqualTo(1);
		assertThat(m.summary().delayed()).isEqualTo(1);
		assertThat(m.summary().count(Status.NOT_STARTED)).isEqualTo(1);
		assertThat(m.summary().donePercent()).isEqualTo(33);
		assertThat(m.summary().finished()).isFalse();
		assertThat(m.indicators()).singleElement().satisfies((i) -> {
			assertThat(i.latest()).isEqualByComparingTo("250");
			assertThat(i.percent()).isEqualTo(125);
			assertThat(i.bar()).as("drawn no wider than the target").isEqualTo(100);
		});
		assertThat(PlanMonitoring.percent(new BigDecimal("50"), new BigDecimal("200"))).isEqualTo(25);
	}

	@Test
	void theTimelineSpansTheMonthsOfTheActionsAndMarksToday() {
		PlanMonitoring.Timeline timeline = PlanMonitoring.timeline(this.content.actions(), TODAY);
		assertThat(timeline.months()).hasSize(24);
		assertThat(timeline.months().get(0).month()).hasToString("2027-01");
		assertThat(timeline.todayX()).isBetween(200.0, 400.0);
		assertThat(timeline.bars()).allSatisfy((bar) -> assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(1000.0));
		assertThat(PlanMonitoring.timeline(this.content.actions(), LocalDate.of(2030, 1, 1)).todayX()).isNull();
	}

	private static Action action(String title, LocalDate starts, LocalDate ends, List<Indicator> indicators) {
		return new Action(1, UUID.randomUUID(), 0, title, null, starts, ends, false, null, null, null, null, null, 0,
				indicators);
	}

	private static Entry update(long id, Action action, String date, Status status) {
		return new Entry(id, action.key(), Kind.UPDATE, LocalDate.parse(date), status, null, "X", null, Map.of());
	}

	private static Entry observation(long id, Action action, String date) {
		return new Entry(id, action.key(), Kind.OBSERVATION, LocalDate.parse(date), null, "Seen", "Y", null, Map.of());
	}

}
