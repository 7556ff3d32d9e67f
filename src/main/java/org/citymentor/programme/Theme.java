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

	private String labelFr;

	private String labelIt;

	private int sortOrder;

	private boolean active = true;

	protected Theme() {
	}

	Theme(String code, Themes.Labels labels, int sortOrder) {
		this.code = code;
		this.sortOrder = sortOrder;
		relabel(labels, true);
	}

	void relabel(Themes.Labels labels, boolean active) {
		this.labelEn = labels.en().trim();
		this.labelNl = labels.nl().trim();
		this.labelFr = optional(labels.fr());
		this.labelIt = optional(labels.it());
		this.active = active;
	}

	private static String optional(String label) {
		return (label == null || label.isBlank()) ? null : label.trim();
	}

	Themes.Labels labels() {
		return new Themes.Labels(this.labelEn, this.labelNl, this.labelFr, this.labelIt);
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

	/**
	 * The label in the page's language; English where a French or Italian one is missing.
	 */
	String label(Locale locale) {
		String label = switch (locale.getLanguage()) {
			case "nl" -> this.labelNl;
			case "fr" -> this.labelFr;
			case "it" -> this.labelIt;
			default -> this.labelEn;
		};
		return (label != null) ? label : this.labelEn;
	}

}
