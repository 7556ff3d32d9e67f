package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.activity.ActivityKind;
import org.citymentor.group.Groups;
import org.citymentor.group.TaskStatus;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mentee city logs progress, the mentor side observes, coordinators read statuses and
 * figures without the notes, outsiders see nothing.
 */
@CityMentorTest
class MonitoringTest {

	static final TestAccount COORDINATOR = new TestAccount(0, "coordinator@cemr.example.org", "", "");

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MonitoredPlans plans;

	@Autowired
	MonitoringStep step;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Groups groups;

	@Test
	void theOwnerLogsUpdatesTheMentorObservesTheCoordinatorReadsWithoutNotes() throws Exception {
		Monitored p = this.plans.create(LocalDate.of(2026, 2, 1));
		assertThat(this.step.statuses(this.journeys.batch(List.of(p.f().groupId())))).containsEntry(p.f().groupId(),
				TaskStatus.NOT_STARTED);

		this.fixtures.as(p.f().mentee(), get(p.progress())).andExpect(status().isOk());
		this.fixtures
			.as(p.f().mentee(),
					post(p.progress()).param("kind", "UPDATE")
						.param("day", "3")
						.param("month", "3")
						.param("year", "2026")
						.param("status", "DELAYED")
						.param("note", "The counter opens late: a confidential reason")
						.param("indicatorKey", indicatorKey(p))
						.param("value", "1.250,5"))
			.andExpect(status().isFound());
		this.fixtures
			.as(p.f().mentor(),
					post(p.progress()).param("kind", "OBSERVATION")
						.param("day", "4")
						.param("month", "3")
						.param("year", "2026")
						.param("note", "The mentor notices the waiting list"))
			.andExpect(status().isFound());
		this.fixtures
			.as(p.f().mentor(),
					post(p.progress()).param("kind", "UPDATE")
						.param("day", "4")
						.param("month", "3")
						.param("year", "2026")
						.param("status", "DONE"))
			.andExpect(status().isForbidden());
		this.fixtures
			.as(COORDINATOR,
					post(p.progress()).param("day", "4").param("month", "3").param("year", "2026").param("note", "x"))
			.andExpect(status().isForbidden());
		this.fixtures.as(p.f().outsider(), get(p.base() + "/monitoring")).andExpect(status().isNotFound());
		this.fixtures.as(p.f().outsider(), get(p.progress())).andExpect(status().isNotFound());

		Document owner = Jsoup.parse(this.fixtures.page(p.f().mentee(), p.base() + "/monitoring"));
		assertThat(owner.text()).contains("0 of 1 actions done, 1 delayed")
			.contains("The counter opens late: a confidential reason")
			.contains("The mentor notices the waiting list")
			.contains("1,250.5");
		assertThat(owner.select("a:contains(Log progress)")).hasSize(1);
		assertThat(owner.select("a:contains(Add an observation)")).isEmpty();
		assertThat(owner.select("svg[role=img][aria-describedby=indicators-desc]")).as("the chart of the indicators")
			.hasSize(1);
		assertThat(owner.select("table:has(caption:contains(Latest values)) th[scope=row]").eachText())
			.as("its table equivalent")
			.anyMatch((t) -> t.contains("Newcomers helped"));
		assertThat(owner.select("#statuses td").eachText()).as("where the action stands")
			.anyMatch((t) -> t.contains("Delayed"));

		Document mentor = Jsoup.parse(this.fixtures.page(p.f().mentor(), p.base() + "/monitoring"));
		assertThat(mentor.select("a:contains(Add an observation)")).hasSize(1);
		assertThat(mentor.select("a:contains(Log progress)")).isEmpty();

		Document coordinator = Jsoup.parse(this.fixtures.page(COORDINATOR, p.base() + "/monitoring"));
		assertThat(coordinator.text()).contains("0 of 1 actions done, 1 delayed")
			.contains("1,250.5")
			.doesNotContain("confidential reason")
			.doesNotContain("waiting list");
		assertThat(coordinator.select("a:contains(Log progress), a:contains(Add an observation)")).isEmpty();

		String history = p.base() + "/monitoring/actions/" + p.action();
		assertThat(owner.select("a[href=" + history + "]").text()).contains("1 update(s), 1 observation(s)");
		assertThat(Jsoup.parse(this.fixtures.page(p.f().mentor(), history)).text())
			.contains("The counter opens late: a confidential reason")
			.contains("The mentor notices the waiting list");
		assertThat(Jsoup.parse(this.fixtures.page(COORDINATOR, history)).text()).contains("1,250.5")
			.doesNotContain("confidential reason")
			.doesNotContain("waiting list");
		this.fixtures.as(p.f().outsider(), get(history)).andExpect(status().isNotFound());

		assertThat(this.jdbc.sql("select count(*) from activity where group_id = ? and kind = ?")
			.params(p.f().groupId(), ActivityKind.ACTION_PROGRESS_LOGGED.name())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.step.statuses(this.journeys.batch(List.of(p.f().groupId())))).containsEntry(p.f().groupId(),
				TaskStatus.IN_PROGRESS);
		assertThat(this.step.details(this.journeys.batch(List.of(p.f().groupId()))).get(p.f().groupId()))
			.isEqualTo("0 of 1 actions done, 1 delayed");

		this.fixtures.as(p.f().mentee(),
				post(p.progress()).param("day", "5").param("month", "3").param("year", "2026").param("status", "DONE"))
			.andExpect(status().isFound());
		assertThat(this.step.statuses(this.journeys.batch(List.of(p.f().groupId())))).containsEntry(p.f().groupId(),
				TaskStatus.COMPLETED);
	}

	@Test
	void badInputIsRefusedWithMessagesAndTheTypedValuesKept() throws Exception {
		Monitored p = this.plans.create(null);
		String html = this.fixtures
			.as(p.f().mentee(),
					post(p.progress()).param("day", "1")
						.param("month", "1")
						.param("year", "2099")
						.param("note", "x".repeat(5_001))
						.param("indicatorKey", indicatorKey(p))
						.param("value", "-12"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".govuk-error-summary li").eachText()).containsExactly(
				"The date of an update cannot be in the future", "Select the status of the action",
				"Write 5,000 characters or fewer", "Enter a figure of 0 or more");
		assertThat(page.select("#year").val()).isEqualTo("2099");
		assertThat(page.select("#value-0").val()).isEqualTo("-12");
		assertThat(page.select("#value-0-error").text()).contains("Enter a figure of 0 or more");
		assertThat(page.select("#status-error").text()).contains("Select the status");
		assertThat(page.select("#note").text()).hasSize(5_001);

		this.fixtures.as(p.f().mentee(), post(p.base() + "/monitoring/interval").param("months", "13"))
			.andExpect(status().isUnprocessableContent());
		this.fixtures.as(p.f().mentor(), post(p.base() + "/monitoring/interval").param("months", "6"))
			.andExpect(status().isForbidden());
		this.fixtures.as(p.f().mentee(), post(p.base() + "/monitoring/interval").param("months", "6"))
			.andExpect(status().isFound());
		assertThat(Jsoup.parse(this.fixtures.page(p.f().mentee(), p.base() + "/monitoring")).select("#months").val())
			.isEqualTo("6");
		assertThat(this.step.statuses(this.journeys.batch(List.of(p.f().groupId())))).as("not approved")
			.containsEntry(p.f().groupId(), TaskStatus.CANNOT_START_YET);
	}

	private String indicatorKey(Monitored p) {
		return this.jdbc.sql("""
				select i.indicator_key::text from plan_indicator i join plan_action a on a.id = i.action_id
				where a.action_key = ?
				""").param(p.action()).query(String.class).single();
	}

}
