package org.citymentor.actionplan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring page of a plan in full implementation stays small (issue 10: HTML of at
 * most 100 KB per page) however many updates its actions collect: it shows the latest of
 * each action, the full history is on the action's own history page.
 */
@CityMentorTest
class MonitoringSizeTest {

	static final int ACTIONS = 34;

	static final int UPDATES = 9;

	/** Well under the 100 KB of issue 10, with room for a little more on the page. */
	static final int MAX_BYTES = 85_000;

	@Autowired
	MonitoredPlans plans;

	@Autowired
	FormFixtures fixtures;

	@Test
	void theMonitoringOfThirtyFourActionsWithNineUpdatesEachStaysSmall() throws Exception {
		Monitored p = this.plans.createImplemented(LocalDate.now().minusDays(220), ACTIONS, UPDATES);
		String page = this.fixtures.page(p.f().mentee(), p.base() + "/monitoring");
		int owner = bytes(page);
		int mentor = bytes(this.fixtures.page(p.f().mentor(), p.base() + "/monitoring"));
		System.out.printf("monitoring of %d actions x %d updates: owner %d bytes, mentor %d bytes%n", ACTIONS, UPDATES,
				owner, mentor);
		// about 82 KB today, 420 KB when the page listed every entry
		assertThat(owner).isLessThan(MAX_BYTES);
		assertThat(mentor).isLessThan(MAX_BYTES);

		Document monitoring = Jsoup.parse(page);
		assertThat(monitoring.select("#statuses tbody tr")).as("every action in the table").hasSize(ACTIONS);
		assertThat(monitoring.text()).as("the latest update of the first action")
			.contains("Update " + UPDATES + " of action 1.")
			.doesNotContain("Update 1 of action 1.");
		String history = p.base() + "/monitoring/actions/" + p.action();
		assertThat(monitoring.select("a[href=" + history + "]").text())
			.contains(UPDATES + " update(s), 1 observation(s)");
		Document all = Jsoup.parse(this.fixtures.page(p.f().mentee(), history));
		assertThat(all.select("li.cm-comment")).as("the whole history of the action").hasSize(UPDATES + 1);
		assertThat(all.text()).contains("Update 1 of action 1.").contains(LONG_NOTE_END);
	}

	/** The end of every note, past the cut of the monitoring page. */
	static final String LONG_NOTE_END = "a short survey of what they expect from the service.";

	private static int bytes(String html) {
		return html.getBytes(StandardCharsets.UTF_8).length;
	}

}
