package org.citymentor.form;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a form's life that the owning feature module hears about, each in one
 * transaction with what the feature records (the group's history, notices).
 */
@Service
@Transactional
public class FormLifecycle {

	private final FormVersions versions;

	private final FormDocuments documents;

	private final FormComments comments;

	FormLifecycle(FormVersions versions, FormDocuments documents, FormComments comments) {
		this.versions = versions;
		this.documents = documents;
		this.comments = comments;
	}

	public int submit(FormScope scope, long expectedVersion) {
		int number = this.versions.submit(scope.document().id(), expectedVersion, scope.viewer().userId(),
				scope.viewer().name(), scope.events().sourcesForSubmit());
		scope.events().submitted(scope.document(), number);
		return number;
	}

	public void reopen(FormScope scope) {
		this.versions.reopen(scope.document().id());
		scope.events().reopened(scope.document());
	}

	public void share(FormScope scope, boolean shared) {
		FormDocument document = scope.exists() ? scope.document() : scope.opener().get();
		this.documents.share(document.id(), shared);
		scope.events().shared(document, shared);
	}

	public void comment(FormScope scope, String questionKey, String body) {
		this.comments.add(scope.document().id(), questionKey, scope.viewer().userId(), scope.viewer().name(),
				scope.viewer().organisationId(), body);
		scope.events().commented(scope.document(), questionKey);
	}

}
