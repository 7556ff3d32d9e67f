package org.citymentor.needs;

import java.util.List;

import org.citymentor.form.FormDefinition;
import org.citymentor.form.FormKind;
import org.citymentor.form.Question;

/**
 * Annex 2 part A, the mentee city's needs: the one list of its questions. Parts B and C
 * (the city's and the association's context) belong to organisations and are shown beside
 * it.
 */
public final class NeedsAnalysisQuestions {

	public static final FormDefinition DEFINITION = new FormDefinition(FormKind.NEEDS_ANALYSIS,
			List.of(Question.text("challenge", "A"), Question.text("crossCutting", "A"), Question.text("evidence", "A"),
					Question.text("learningWish", "A"), Question.text("impact", "A"), Question.text("keyPlayers", "A"),
					Question.text("difficulties", "A"), Question.text("resources", "A"),
					Question.text("obstacles", "A"), Question.text("drafting", "A"), Question.text("approving", "A"),
					Question.text("otherBenefits", "A")));

	private NeedsAnalysisQuestions() {
	}

}
