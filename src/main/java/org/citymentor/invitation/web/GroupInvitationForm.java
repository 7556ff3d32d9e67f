package org.citymentor.invitation.web;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.citymentor.access.MemberRole;

/**
 * Whom to invite to a group, for which of its organisations, in which role. The choices
 * are bound as text, so that a made-up value is one more field error next to the others
 * rather than a binding failure that hides them.
 */
record GroupInvitationForm(
		@NotBlank(message = "{validation.email.required}") @Email(regexp = CoordinatorInvitationForm.ADDRESS,
				message = "{validation.email.invalid}") @Size(max = 320,
						message = "{validation.email.invalid}") String email,
		@NotBlank(message = "{invitation.participant.required}") String participantId,
		@NotBlank(message = "{invitation.role.required}") String role) {

	static GroupInvitationForm empty() {
		return new GroupInvitationForm("", "", "");
	}

	Optional<Long> participant() {
		try {
			return Optional.of(Long.valueOf(this.participantId.trim()));
		}
		catch (NullPointerException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Optional<MemberRole> memberRole() {
		try {
			return Optional.of(MemberRole.valueOf(this.role));
		}
		catch (NullPointerException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
