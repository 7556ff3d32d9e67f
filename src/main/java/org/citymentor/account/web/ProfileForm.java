package org.citymentor.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.citymentor.shared.web.SupportedLanguages;

record ProfileForm(
		@NotBlank(message = "{validation.displayName.required}") @Size(max = 200,
				message = "{validation.length.max}") String displayName,
		@NotBlank(message = "{validation.language.required}") @Pattern(regexp = SupportedLanguages.PATTERN,
				message = "{validation.language.required}") String language,
		Boolean formNotices, Boolean planReminders, Boolean visitReminders, Boolean noteReminders,
		Boolean followUpReminders) {

	/** An unticked checkbox sends nothing: no notices. */
	boolean wantsFormNotices() {
		return Boolean.TRUE.equals(this.formNotices);
	}

	/** Likewise for reminders of action-plan updates due. */
	boolean wantsPlanReminders() {
		return Boolean.TRUE.equals(this.planReminders);
	}

	/** Likewise for reminders of upcoming visits. */
	boolean wantsVisitReminders() {
		return Boolean.TRUE.equals(this.visitReminders);
	}

	/** Likewise for reminders to write my notes after a visit. */
	boolean wantsNoteReminders() {
		return Boolean.TRUE.equals(this.noteReminders);
	}

	/** Likewise for reminders of my follow-ups past their due date. */
	boolean wantsFollowUpReminders() {
		return Boolean.TRUE.equals(this.followUpReminders);
	}

}
