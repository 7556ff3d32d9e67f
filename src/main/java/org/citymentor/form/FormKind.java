package org.citymentor.form;

/** The guide's templates that CityMentor keeps as forms. */
public enum FormKind {

	/** Annex 2 part A: the needs of a mentee participant of a group. */
	NEEDS_ANALYSIS,
	/** Annex 3 part A: what a mentor organisation is strong at. */
	MENTOR_PROFILE,
	/** Annex 2/3 part B: a city's local context, kept once per city. */
	LOCAL_CONTEXT,
	/**
	 * Annex 2/3 part C: what an association says about a member city's national context.
	 */
	NATIONAL_CONTEXT,
	/**
	 * Annex 6: a mentee participant's action plan; its header here, its actions in the
	 * action-plan module.
	 */
	ACTION_PLAN

}
