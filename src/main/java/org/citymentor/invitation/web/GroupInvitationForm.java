package org.citymentor.invitation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citymentor.access.MemberRole;

/** Whom to invite to a group, for which of its organisations, in which role. */
record GroupInvitationForm(
		@NotBlank(message = "{validation.email.required}") @Email(regexp = CoordinatorInvitationForm.ADDRESS,
				message = "{validation.email.invalid}") @Size(max = 320,
						message = "{validation.email.invalid}") String email,
		@NotNull(message = "{invitation.participant.required}") Long participantId,
		@NotNull(message = "{invitation.role.required}") MemberRole role) {

	static GroupInvitationForm empty() {
		return new GroupInvitationForm("", null, null);
	}

}
