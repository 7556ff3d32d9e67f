package org.citymentor.programme;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A policy area from the managed list, with its label in each language. */
@Entity
@Table(name = "theme")
class Theme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String labelEn;

	private String labelNl;

	private int sortOrder;

	private boolean active = true;

	protected Theme() {
	}

	Theme(String code, String labelEn, String labelNl, int sortOrder) {
		this.code = code;
		this.sortOrder = sortOrder;
		relabel(labelEn, labelNl, true);
	}

	void relabel(String labelEn, String labelNl, boolean active) {
		this.labelEn = labelEn.trim();
		this.labelNl = labelNl.trim();
		this.active = active;
	}

	String getLabelEn() {
		return this.labelEn;
	}

	String getLabelNl() {
		return this.labelNl;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	boolean isActive() {
		return this.active;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	String label(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? this.labelNl : this.labelEn;
	}

}
