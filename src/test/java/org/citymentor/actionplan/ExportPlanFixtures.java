package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.ActionInput.IndicatorInput;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormDocument;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A plan of its own for an export or approval test: a group (see {@link FormFixture}), a
 * header, a part A with one action and a part B with one action, each with an indicator.
 */
@Component
class ExportPlanFixtures {

	static final String FIRST_ACTION = "Map the communities of the city";

	static final String SECOND_ACTION = "Train buddies, \"peer to peer\", in two districts";

	private final FormFixtures forms;

	private final ActionPlans plans;

	private final PlanActions actions;

	private final DraftAnswers drafts;

	private final JdbcClient jdbc;

	ExportPlanFixtures(FormFixtures forms, ActionPlans plans, PlanActions actions, DraftAnswers drafts,
			JdbcClient jdbc) {
		this.forms = forms;
		this.plans = plans;
		this.actions = actions;
		this.drafts = drafts;
		this.jdbc = jdbc;
	}

	Made create() {
		FormFixture f = this.forms.create();
		FormDocument document = this.plans.open(f.groupId(), f.menteeParticipant(), f.menteeCity());
		this.drafts.save(document.id(), Map.of("title", Answer.ofText("A city for all"), "vision",
				Answer.ofText("Every newcomer finds their way in the city."), "stage", Answer.ofText("FIRST_LIST")),
				Map.of(), "Test");
		long partA = this.actions.addPart(document.id(), "A city for all: the long-term plan", "Test");
		long partB = this.actions.addPart(document.id(), "A buddy pilot", "Test");
		List<UUID> keys = new ArrayList<>();
		keys.add(this.actions.addAction(document.id(), partA, new ActionInput(FIRST_ACTION,
				"A list of communities and who speaks for them", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
				true, "Social services", null, "Two officers and the migrant association", new BigDecimal("12000"),
				"Communities reached",
				List.of(new IndicatorInput(null, "Communities contacted", new BigDecimal("25"), "communities"))),
				"Test"));
		keys.add(this.actions.addAction(document.id(), partB,
				new ActionInput(SECOND_ACTION, "Newcomers meet residents", LocalDate.of(2026, 9, 1),
						LocalDate.of(2027, 6, 30), false, "Youth department", null, "Volunteers, the library", null,
						"Pairs that meet",
						List.of(new IndicatorInput(null, "Buddies trained", new BigDecimal("40"), null))),
				"Test"));
		return new Made(f, document.id(), keys);
	}

	/** Submits the draft as the mentee city's officer would, on the check page. */
	void submit(Made made) throws Exception {
		long version = this.jdbc.sql("select version from form_document where id = ?")
			.param(made.documentId())
			.query(Long.class)
			.single();
		this.forms.as(made.f().mentee(), post(made.base() + "/submit").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(made.base()));
	}

	/** A plan made for a test. */
	record Made(FormFixture f, long documentId, List<UUID> keys) {

		String base() {
			return "/groups/" + this.f.groupId() + "/participants/" + this.f.menteeParticipant() + "/action-plan";
		}

	}

}
