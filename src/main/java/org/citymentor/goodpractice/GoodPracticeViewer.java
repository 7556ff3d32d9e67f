package org.citymentor.goodpractice;

/**
 * Whose drafts a person sees in the library besides every published sheet: their own
 * organisation's, or all for an administrator.
 */
public record GoodPracticeViewer(boolean seesAllDrafts, Long organisationId) {

}
