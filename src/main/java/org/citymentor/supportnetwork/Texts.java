package org.citymentor.supportnetwork;

/** Trimming typed text: blank answers are stored as nothing. */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
