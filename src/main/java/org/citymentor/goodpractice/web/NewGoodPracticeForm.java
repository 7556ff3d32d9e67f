package org.citymentor.goodpractice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The first step of a sheet: for which organisation, and its title. */
public class NewGoodPracticeForm {

	@NotNull(message = "{goodPractice.organisation.required}")
	private Long organisationId;

	@NotBlank(message = "{goodPractice.title.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String title;

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
