package org.citymentor.account.web;

import jakarta.validation.constraints.NotBlank;

/** A new password typed twice; the password rules are checked by the controller. */
record NewPasswordForm(String token, @NotBlank(message = "{validation.password.required}") String password,
		String confirmation) {
}
