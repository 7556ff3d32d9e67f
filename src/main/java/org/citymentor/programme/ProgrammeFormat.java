package org.citymentor.programme;

/** How a programme pairs cities (domain.md, "Formats a programme must support"). */
public enum ProgrammeFormat {

	BILATERAL, LEARNING_NETWORK, COMMUNITY_OF_PRACTICE, LONG_TERM_PARTNERSHIP

}
