package org.citymentor.goodpractice;

/**
 * A web page, report or video with more information: an http(s) address and what it is.
 */
public record GoodPracticeLink(String url, String label) {

	/** What a link says in a list: its label, else its address. */
	public String text() {
		return (this.label == null || this.label.isBlank()) ? this.url : this.label;
	}

}
