package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.ActionInput.IndicatorInput;
import org.citymentor.form.FormDocuments;
import org.citymentor.group.Groups;
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

	private final PlanProgress progress;

	private final Groups groups;

	MonitoredPlans(FormFixtures fixtures, ActionPlans plans, PlanActions actions, PlanApprovals approvals,
			FormDocuments documents, PlanProgress progress, Groups groups) {
		this.fixtures = fixtures;
		this.progress = progress;
		this.groups = groups;
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
		return submit(f, document, key, approvedOn);
	}

	/**
	 * A plan in full implementation: three parts holding {@code actions} actions with
	 * long titles, each with an indicator and {@code updates} dated updates with notes
	 * and values (and an observation of the mentor for every third action), approved on
	 * the given day. Returns the plan with its first action.
	 */
	public Monitored createImplemented(LocalDate approvedOn, int actions, int updates) throws Exception {
		FormFixture f = this.fixtures.create();
		long document = this.plans.open(f.groupId(), f.menteeParticipant(), f.menteeCity()).id();
		List<Long> parts = List.of(this.actions.addPart(document, "Welcome and housing", "Test"),
				this.actions.addPart(document, "Work and language", "Test"),
				this.actions.addPart(document, "Participation in the life of the city", "Test"));
		List<UUID> keys = new ArrayList<>();
		for (int a = 0; a < actions; a++) {
			keys.add(this.actions.addAction(document, parts.get(a % parts.size()),
					new ActionInput("Action " + (a + 1) + ": " + LONG_TITLE, null, approvedOn.plusMonths(a % 6),
							approvedOn.plusMonths(12 + a % 12), a % 2 == 0, "Lead officer of action " + (a + 1),
							f.mentee().id(), null, null, null, List.of(new IndicatorInput(null,
									"People reached by action " + (a + 1), new BigDecimal(100 + a), "people"))),
					"Test"));
		}
		Monitored plan = submit(f, document, keys.get(0), approvedOn);
		long programme = this.groups.details(f.groupId()).programmeId();
		PlanProgress.History history = new PlanProgress.History(programme, f.groupId(), "Test plan");
		PlanMonitoring.Status[] statuses = PlanMonitoring.Status.values();
		for (int a = 0; a < actions; a++) {
			UUID key = keys.get(a);
			UUID indicator = this.actions.content(document).action(key).orElseThrow().indicators().get(0).key();
			for (int u = 0; u < updates; u++) {
				this.progress.log(document, key, PlanMonitoring.Kind.UPDATE, approvedOn.plusDays(20L * u + a),
						statuses[(a + u) % 4], "Update " + (u + 1) + " of action " + (a + 1) + ". " + LONG_NOTE,
						Map.of(indicator, new BigDecimal(10 * (u + 1))),
						new PlanProgress.Author(f.mentee().id(), "Test mentee", f.menteeCity()), history);
			}
			if (a % 3 == 0) {
				this.progress.log(document, key, PlanMonitoring.Kind.OBSERVATION, approvedOn.plusDays(20L * updates),
						null, "Observation of the mentor on action " + (a + 1) + ". " + LONG_NOTE, Map.of(),
						new PlanProgress.Author(f.mentor().id(), "Test mentor", f.mentorCity()), history);
			}
		}
		return plan;
	}

	private static final String LONG_TITLE = "Open a one-stop shop where newcomers find the municipal services, "
			+ "language courses and the associations of the city in one place, with staff trained in "
			+ "intercultural work and opening hours that suit working people";

	private static final String LONG_NOTE = "The team met the partners of the neighbourhood and agreed who does "
			+ "what in the coming months. Two volunteers joined; the room of the library can be used on Saturday "
			+ "mornings. The budget line for translation was confirmed by the council, but the recruitment of the "
			+ "second officer is late, so the opening hours stay short until the end of the quarter. Next step: "
			+ "a first evening with the residents and a short survey of what they expect from the service.";

	private Monitored submit(FormFixture f, long document, UUID key, LocalDate approvedOn) throws Exception {
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
