package org.citymentor.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The short report after a session. */
public class ReportForm {

	@NotBlank(message = "{learning.report.shared.required}")
	@Size(max = 5000, message = "{validation.length.max}")
	private String shared;

	@Size(max = 5000, message = "{validation.length.max}")
	private String nextSteps;

	public String getShared() {
		return this.shared;
	}

	public void setShared(String shared) {
		this.shared = shared;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

}
