package org.citymentor.form;

import java.time.Instant;

/**
 * A form as its pages need it: whose it is, where it stands, its latest submitted
 * version.
 *
 * @param status DRAFT while someone may edit it, SUBMITTED once its latest version is
 * submitted and the draft has not been reopened
 * @param shared whether the owner shared the draft with the group (decisions.md 2)
 * @param version the optimistic-locking counter of the document itself
 * @param latestNumber the number of the latest submitted version, 0 when none
 * @param latestVersionId the id of the latest submitted version, null when none
 * @param language the language the draft was last written in (a code of
 * {@code SupportedLanguages}), null when nobody wrote in it since languages were recorded
 */
public record FormDocument(long id, FormKind kind, long organisationId, Long subjectOrganisationId, Long groupId,
		Long participantId, FormStatus status, boolean shared, Instant draftUpdatedAt, String draftUpdatedBy,
		long version, int latestNumber, Long latestVersionId, Instant latestSubmittedAt, String language) {

	public boolean isSubmitted() {
		return this.status == FormStatus.SUBMITTED;
	}

	public boolean hasVersions() {
		return this.latestNumber > 0;
	}

}
