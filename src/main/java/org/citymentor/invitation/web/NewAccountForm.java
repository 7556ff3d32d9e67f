package org.citymentor.invitation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name and password a newly invited person chooses; the password rules are checked by
 * the controller.
 */
record NewAccountForm(
		@NotBlank(message = "{validation.displayName.required}") @Size(max = 200,
				message = "{validation.length.max}") String displayName,
		@NotBlank(message = "{validation.password.required}") String password, String confirmation) {

}
