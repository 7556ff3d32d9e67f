package org.citymentor.account.web;

import jakarta.validation.constraints.NotBlank;

record ChangePasswordForm(@NotBlank(message = "{validation.currentPassword.required}") String currentPassword,
		@NotBlank(message = "{validation.password.required}") String password, String confirmation) {
}
