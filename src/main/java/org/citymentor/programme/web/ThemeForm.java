package org.citymentor.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.citymentor.programme.Themes;

/** A theme's labels in each language, and whether it can still be chosen. */
public class ThemeForm {

	@NotBlank(message = "{theme.labelEn.required}")
	@Size(max = 120, message = "{validation.length.max}")
	private String labelEn;

	@NotBlank(message = "{theme.labelNl.required}")
	@Size(max = 120, message = "{validation.length.max}")
	private String labelNl;

	@Size(max = 120, message = "{validation.length.max}")
	private String labelFr;

	@Size(max = 120, message = "{validation.length.max}")
	private String labelIt;

	private boolean active = true;

	ThemeForm() {
	}

	ThemeForm(Themes.Labels labels, boolean active) {
		this.labelEn = labels.en();
		this.labelNl = labels.nl();
		this.labelFr = labels.fr();
		this.labelIt = labels.it();
		this.active = active;
	}

	Themes.Labels labels() {
		return new Themes.Labels(this.labelEn, this.labelNl, this.labelFr, this.labelIt);
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public void setLabelFr(String labelFr) {
		this.labelFr = labelFr;
	}

	public String getLabelIt() {
		return this.labelIt;
	}

	public void setLabelIt(String labelIt) {
		this.labelIt = labelIt;
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
