package org.citymentor.invitation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom to invite to coordinate a programme. */
record CoordinatorInvitationForm(@NotBlank(message = "{validation.email.required}") @Email(regexp = ADDRESS,
		message = "{validation.email.invalid}") @Size(max = 320, message = "{validation.email.invalid}") String email) {

	/** Something, an at sign, a domain with a dot: no spaces anywhere. */
	static final String ADDRESS = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+";

}
