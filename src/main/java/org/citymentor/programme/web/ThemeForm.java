package org.citymentor.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A theme's labels in each language, and whether it can still be chosen. */
public class ThemeForm {

	@NotBlank(message = "{theme.labelEn.required}")
	@Size(max = 120, message = "{validation.length.max}")
	private String labelEn;

	@NotBlank(message = "{theme.labelNl.required}")
	@Size(max = 120, message = "{validation.length.max}")
	private String labelNl;

	private boolean active = true;

	ThemeForm() {
	}

	ThemeForm(String labelEn, String labelNl, boolean active) {
		this.labelEn = labelEn;
		this.labelNl = labelNl;
		this.active = active;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getLabelNl() {
		return this.labelNl;
	}

	public void setLabelNl(String labelNl) {
		this.labelNl = labelNl;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
