package org.citymentor.goodpractice;

/**
 * A draft is seen only by its organisation (and administrators); a published sheet by
 * everyone signed in. Labels: {@code goodPractice.status.<NAME>}.
 */
public enum GoodPracticeStatus {

	DRAFT, PUBLISHED

}
