package org.citymentor.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ForgotPasswordForm(@NotBlank(message = "{validation.email.required}") @Email(
		message = "{validation.email.invalid}") @Size(max = 320, message = "{validation.email.invalid}") String email) {
}
