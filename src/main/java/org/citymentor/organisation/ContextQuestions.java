package org.citymentor.organisation;

import java.util.ArrayList;
import java.util.List;

import org.citymentor.form.FormDefinition;
import org.citymentor.form.FormKind;
import org.citymentor.form.Question;
import org.citymentor.form.QuestionType;

/**
 * Parts B and C of annexes 2 and 3, which describe a city and its association rather than
 * a group: the city's local context (figures with units for later comparison) and what
 * its association says about the national and regional context. Both end with the same
 * checklist of sensitivities, each with a note.
 */
public final class ContextQuestions {

	static final List<String> SENSITIVITIES = List.of("sensitivityMigrantWork", "sensitivityPublicOpinion",
			"sensitivityAgencyCompetition", "sensitivityFunding", "sensitivityCompetences", "sensitivityLegislation",
			"sensitivityOther");

	public static final FormDefinition LOCAL = new FormDefinition(FormKind.LOCAL_CONTEXT, local());

	public static final FormDefinition NATIONAL = new FormDefinition(FormKind.NATIONAL_CONTEXT, national());

	private ContextQuestions() {
	}

	private static List<Question> local() {
		List<Question> questions = new ArrayList<>(List.of(Question.text("migrationTrends", "figures"),
				Question.of("figuresDate", "figures", QuestionType.DATE),
				Question.of("population", "figures", QuestionType.NUMBER),
				Question.of("migrantPopulation", "figures", QuestionType.NUMBER),
				Question.choice("migrantBasis", "figures", QuestionType.CHOICE, "background", "foreignNationals",
						"bornAbroad", "other"),
				Question.text("nationalities", "figures"), Question.table("nationalityFigures", "figures"),
				Question.of("cityBudget", "figures", QuestionType.MONEY),
				Question.of("integrationBudget", "figures", QuestionType.MONEY),
				Question.of("integrationShare", "figures", QuestionType.PERCENT),
				Question.text("integrationStrategy", "policies"), Question.text("sectorPolicies", "policies"),
				Question.text("institutions", "policies"), Question.text("ngoNetworks", "policies"),
				Question.text("migrantRelations", "policies"), Question.text("keyMigrantGroups", "policies"),
				Question.text("otherFactors", "policies")));
		SENSITIVITIES.forEach((key) -> questions.add(Question.of(key, "sensitivities", QuestionType.CHECK_NOTE)));
		return questions;
	}

	private static List<Question> national() {
		List<Question> questions = new ArrayList<>(
				List.of(Question.text("typicality", "context"), Question.text("governmentRelations", "context"),
						Question.text("supportiveFramework", "context"), Question.text("sharedObjectives", "context"),
						Question.text("otherFactors", "context"), Question.text("mutualLearning", "context")));
		SENSITIVITIES.forEach((key) -> questions.add(Question.of(key, "sensitivities", QuestionType.CHECK_NOTE)));
		return questions;
	}

}
