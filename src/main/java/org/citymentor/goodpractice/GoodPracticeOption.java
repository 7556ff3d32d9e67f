package org.citymentor.goodpractice;

/**
 * A sheet another module may link to: its id, title and whether it is published (only
 * published sheets are for everyone's eyes).
 */
public record GoodPracticeOption(long id, String title, GoodPracticeStatus status) {

	public boolean isPublished() {
		return this.status == GoodPracticeStatus.PUBLISHED;
	}

}
