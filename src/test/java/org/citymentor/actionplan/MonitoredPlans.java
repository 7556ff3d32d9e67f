package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citymentor.actionplan.ActionInput.IndicatorInput;
import org.citymentor.form.FormDocuments;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;

import org.springframework.stereotype.Component;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes the submitted (and, when asked, approved) plan of a test group's mentee city,
 * with one action led by the mentee officer (a test-only bean of the shared context).
 */
@Component
public class MonitoredPlans {

	private final FormFixtures fixtures;

	private final ActionPlans plans;

	private final PlanActions actions;

	private final PlanApprovals approvals;

	private final FormDocuments documents;

	MonitoredPlans(FormFixtures fixtures, ActionPlans plans, PlanActions actions, PlanApprovals approvals,
			FormDocuments documents) {
		this.fixtures = fixtures;
		this.plans = plans;
		this.actions = actions;
		this.approvals = approvals;
		this.documents = documents;
	}

	public Monitored create(LocalDate approvedOn) throws Exception {
		FormFixture f = this.fixtures.create();
		long document = this.plans.open(f.groupId(), f.menteeParticipant(), f.menteeCity()).id();
		long part = this.actions.addPart(document, "A city for all", "Test");
		UUID key = this.actions.addAction(document, part,
				new ActionInput("Open a one-stop shop", null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
						false, "Test mentee", f.mentee().id(), null, null, null,
						List.of(new IndicatorInput(null, "Newcomers helped", new BigDecimal("200"), "people"))),
				"Test");
		String base = "/groups/" + f.groupId() + "/participants/" + f.menteeParticipant() + "/action-plan";
		this.fixtures
			.as(f.mentee(),
					post(base + "/submit").param("version",
							String.valueOf(this.documents.find(document).orElseThrow().version())))
			.andExpect(status().isFound());
		if (approvedOn != null) {
			this.approvals.record(document, 1, PlanApprovals.Body.COUNCIL, null, approvedOn, "2026/17",
					new byte[] { 1 }, null, "Test");
		}
		return new Monitored(f, document, key, base);
	}

	/**
	 * A test group with its plan: its document, its one action and the plan's address.
	 */
	public record Monitored(FormFixture f, long document, UUID action, String base) {

		public String progress() {
			return this.base + "/actions/" + this.action + "/progress";
		}

	}

}
