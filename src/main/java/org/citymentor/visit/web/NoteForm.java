package org.citymentor.visit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.visit.VisitNote;

/**
 * What the person typed in their visit note, as typed: shown again unchanged when
 * something is wrong or someone else saved meanwhile.
 */
public class NoteForm {

	/** The headings of a note, in the order of the page. */
	static final String[] FIELDS = { "observations", "doingWell", "optionsDiscussed", "nextSteps" };

	private String observations;

	private String doingWell;

	private String optionsDiscussed;

	private String nextSteps;

	/** The version the person opened; empty for a note not yet saved. */
	private Long version;

	static NoteForm of(VisitNote note) {
		NoteForm form = new NoteForm();
		if (note != null) {
			form.observations = note.observations();
			form.doingWell = note.doingWell();
			form.optionsDiscussed = note.optionsDiscussed();
			form.nextSteps = note.nextSteps();
			form.version = note.version();
		}
		return form;
	}

	VisitNote.Text text() {
		return new VisitNote.Text(this.observations, this.doingWell, this.optionsDiscussed, this.nextSteps);
	}

	/**
	 * Checks the input.
	 * @param requireSomething whether an empty note is an error (Save) or not (autosave)
	 * @return a message key per field name, in the order of the page
	 */
	Map<String, String> check(boolean requireSomething) {
		Map<String, String> errors = new LinkedHashMap<>();
		String[] values = { this.observations, this.doingWell, this.optionsDiscussed, this.nextSteps };
		for (int i = 0; i < FIELDS.length; i++) {
			if (values[i] != null && values[i].replace("\r\n", "\n").length() > VisitNote.MAX_LENGTH) {
				errors.put(FIELDS[i], "visitnote.error.tooLong");
			}
		}
		if (requireSomething && errors.isEmpty() && text().isBlank()) {
			errors.put(FIELDS[0], "visitnote.error.empty");
		}
		return errors;
	}

	/** The field's value by its name (the page loops over the headings). */
	public String value(String field) {
		return text().get(field);
	}

	public String getObservations() {
		return this.observations;
	}

	public void setObservations(String observations) {
		this.observations = observations;
	}

	public String getDoingWell() {
		return this.doingWell;
	}

	public void setDoingWell(String doingWell) {
		this.doingWell = doingWell;
	}

	public String getOptionsDiscussed() {
		return this.optionsDiscussed;
	}

	public void setOptionsDiscussed(String optionsDiscussed) {
		this.optionsDiscussed = optionsDiscussed;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
