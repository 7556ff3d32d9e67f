package org.citymentor.programme;

/** The steps of the mentoring journey a programme may use, in the order of the guide. */
public enum ProgrammeStep {

	BENCHMARK, NEEDS_ANALYSIS, MENTOR_PROFILES, MATCHING, TRAINING, SUPPORT_NETWORK, POLITICAL_COMMITMENT, VISITS,
	ACTION_PLAN, MONITORING, EVALUATION

}
