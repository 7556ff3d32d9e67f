package org.citymentor.learning.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.citymentor.learning.Session;
import org.citymentor.learning.SessionSettings;

import org.springframework.validation.BindingResult;

/** The session settings of a group's meeting. */
public class SettingsForm {

	static final List<String> LANGUAGES = List.of("nl", "en", "fr", "de");

	private boolean open = true;

	@Size(max = 6, message = "{learning.settings.capacity.invalid}")
	private String capacity;

	@Size(max = 10, message = "{learning.settings.deadline.invalid}")
	private String registrationDeadline;

	private String language = "nl";

	@Size(max = 5000, message = "{validation.length.max}")
	private String description;

	private Long mentorOrganisationId;

	private long version;

	static SettingsForm of(Session session) {
		SettingsForm form = new SettingsForm();
		form.open = session.open();
		form.capacity = (session.capacity() != null) ? String.valueOf(session.capacity()) : null;
		form.registrationDeadline = (session.registrationDeadline() != null) ? session.registrationDeadline().toString()
				: null;
		form.language = session.language();
		form.description = session.description();
		form.mentorOrganisationId = session.mentorOrganisationId();
		form.version = session.version();
		return form;
	}

	/**
	 * The capacity, checked; rejects the field when it is not a whole number from 1 to
	 * 9999.
	 */
	Integer capacity(BindingResult result) {
		if (this.capacity == null || this.capacity.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(this.capacity.strip());
			if (value >= 1 && value <= 9999) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// rejected below
		}
		if (!result.hasFieldErrors("capacity")) {
			result.rejectValue("capacity", "learning.settings.capacity.invalid");
		}
		return null;
	}

	SessionSettings check(LocalDate heldOn, List<Long> mentorIds, BindingResult result) {
		Integer places = capacity(result);
		LocalDate deadline = null;
		if (this.registrationDeadline != null && !this.registrationDeadline.isBlank()) {
			try {
				deadline = LocalDate.parse(this.registrationDeadline.strip());
				if (deadline.isAfter(heldOn)) {
					result.rejectValue("registrationDeadline", "learning.settings.deadline.afterSession");
				}
			}
			catch (DateTimeParseException ex) {
				if (!result.hasFieldErrors("registrationDeadline")) {
					result.rejectValue("registrationDeadline", "learning.settings.deadline.invalid");
				}
			}
		}
		if (this.language == null || !LANGUAGES.contains(this.language)) {
			result.rejectValue("language", "learning.settings.language.required");
		}
		if (this.mentorOrganisationId != null && !mentorIds.contains(this.mentorOrganisationId)) {
			result.rejectValue("mentorOrganisationId", "learning.settings.mentor.invalid");
		}
		if (result.hasErrors()) {
			return null;
		}
		String text = (this.description == null || this.description.isBlank()) ? null : this.description.strip();
		return new SessionSettings(this.open, places, deadline, this.language, text, this.mentorOrganisationId);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isOpen() {
		return this.open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public String getCapacity() {
		return this.capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getRegistrationDeadline() {
		return this.registrationDeadline;
	}

	public void setRegistrationDeadline(String registrationDeadline) {
		this.registrationDeadline = registrationDeadline;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getMentorOrganisationId() {
		return this.mentorOrganisationId;
	}

	public void setMentorOrganisationId(Long mentorOrganisationId) {
		this.mentorOrganisationId = mentorOrganisationId;
	}

}
