package org.citymentor.form;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.citymentor.shared.web.Option;

/**
 * One form as a feature module sees it for one viewer: which template, where it lives,
 * its document (null until someone starts it), and what the viewer may do. The feature
 * module builds it after asking {@code Access}; the form pages only follow it.
 *
 * @param definition the template without the questions the programme hides
 * @param baseUrl the form's address, e.g. {@code /groups/1/participants/2/needs-analysis}
 * @param title the form's title for this owner, e.g. "Needs analysis"
 * @param caption what it belongs to, e.g. the group and city
 * @param crumbs the breadcrumbs above the form
 * @param opener creates the document on first save
 * @param permissions what the viewer may do
 * @param options the choices the page supplies, by question key (themes, good practices)
 * @param related read-only forms shown with this one (a needs analysis shows the
 * contexts)
 * @param events what the feature module does when the form changes (activity, e-mail)
 * @param organisationNames names of the organisations that may appear (who saw a version)
 */
public record FormScope(FormDefinition definition, String baseUrl, String title, String caption, List<Crumb> crumbs,
		FormDocument document, Supplier<FormDocument> opener, Permissions permissions, Viewer viewer,
		Map<String, List<Option>> options, List<Related> related, FormEvents events,
		Map<Long, String> organisationNames) {

	public String organisationName(long id) {
		return this.organisationNames.getOrDefault(id, "");
	}

	public boolean exists() {
		return this.document != null;
	}

	/** May the viewer read the current draft (not only submitted versions)? */
	public boolean mayReadDraft() {
		return this.permissions.edit()
				|| (this.document != null && this.document.shared() && this.permissions.comment());
	}

	/** A link above the form. */
	public record Crumb(String label, String path) {
	}

	/**
	 * @param edit change answers, submit, reopen (the owner organisation)
	 * @param comment write comments (members of the group)
	 * @param resolve resolve comments (the owner)
	 * @param share share the draft with the group (owner of a group's form)
	 * @param otherSide views count as "seen by the other side"
	 */
	public record Permissions(boolean edit, boolean comment, boolean resolve, boolean share, boolean otherSide) {

		public static Permissions readOnly() {
			return new Permissions(false, false, false, false, false);
		}

	}

	/** Who is looking: their account, name and the organisation they act for here. */
	public record Viewer(Long userId, String name, Long organisationId) {
	}

	/**
	 * A form shown beside this one, read-only: its title, status, where to change it, and
	 * the answers to show (its latest version, or the draft when the viewer may read it).
	 */
	public record Related(String title, String status, String editUrl, FormDefinition definition,
			Map<String, Answer> answers, String dated, Long versionId) {
	}

	/** Hooks for the feature module that owns the form. */
	public interface FormEvents {

		default List<Long> sourcesForSubmit() {
			return List.of();
		}

		default void submitted(FormDocument document, int number) {
		}

		default void reopened(FormDocument document) {
		}

		default void commented(FormDocument document, String questionKey) {
		}

		default void shared(FormDocument document, boolean shared) {
		}

		FormEvents NONE = new FormEvents() {
		};

	}

}
