package org.citymentor.personaldata;

/**
 * What an erased person's contributions are attributed to. Stored as this marker and
 * shown in the reader's language (message {@code privacy.formerMember}) by the pages and
 * PDFs; a CSV or an e-mail shows the marker as it is.
 */
public final class FormerMember {

	public static final String LABEL = "[former member]";

	private FormerMember() {
	}

}
