package org.citymentor.learning.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A municipality without an account asks to join an association's space. */
public class JoinRequestForm {

	@NotBlank(message = "{learning.join.name.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String name;

	@NotBlank(message = "{learning.join.municipality.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String municipality;

	@NotBlank(message = "{learning.join.email.required}")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{learning.join.email.invalid}")
	@Size(max = 320, message = "{validation.length.max}")
	private String email;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMunicipality() {
		return this.municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
