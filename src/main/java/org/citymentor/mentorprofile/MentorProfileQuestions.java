package org.citymentor.mentorprofile;

import java.util.List;

import org.citymentor.form.FormDefinition;
import org.citymentor.form.FormKind;
import org.citymentor.form.Question;
import org.citymentor.form.QuestionType;

/**
 * Annex 3 part A: the one list of the mentor profile's questions. Policy areas come from
 * the managed theme list and practices from the organisation's good-practice sheets, both
 * stored as codes the matching can compare.
 */
public final class MentorProfileQuestions {

	public static final String POLICY_AREAS = "policyAreas";

	public static final String PRACTICES = "practices";

	public static final FormDefinition DEFINITION = new FormDefinition(FormKind.MENTOR_PROFILE,
			List.of(Question.of(POLICY_AREAS, "A", QuestionType.CHOICES), Question.text("experience", "A"),
					Question.of(PRACTICES, "A", QuestionType.CHOICES), Question.text("practicesWhy", "A"),
					Question.text("actors", "A")));

	private MentorProfileQuestions() {
	}

}
