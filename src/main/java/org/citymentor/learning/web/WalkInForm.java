package org.citymentor.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who came without registering. */
public class WalkInForm {

	@NotBlank(message = "{learning.walkIn.name.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String name;

	private Long organisationId;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

}
