package org.citymentor.actionplan;

import java.util.List;

import org.citymentor.form.FormDefinition;
import org.citymentor.form.FormKind;
import org.citymentor.form.Question;
import org.citymentor.form.QuestionType;

/**
 * Annex 6's header: what the plan is called, the vision behind it, the needs it answers
 * and the stage of the journey the next version belongs to. The actions themselves are
 * rows of {@link PlanActions}.
 */
public final class ActionPlanQuestions {

	/** The stages a submitted version can be labelled with (decisions.md 9). */
	public static final List<String> STAGES = List.of("FIRST_LIST", "REVISED", "CONSOLIDATED", "AMENDMENT");

	public static final FormDefinition DEFINITION = new FormDefinition(FormKind.ACTION_PLAN,
			List.of(Question.of("planTitle", "A", QuestionType.LINE), Question.text("vision", "A"),
					Question.choice("needs", "A", QuestionType.CHOICES),
					Question.choice("stage", "A", QuestionType.CHOICE, STAGES.toArray(String[]::new))));

	private ActionPlanQuestions() {
	}

}
