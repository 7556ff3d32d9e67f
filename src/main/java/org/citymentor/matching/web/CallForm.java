package org.citymentor.matching.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.matching.Call;
import org.citymentor.matching.CallData;

/** What a coordinator types about a call, checked field by field. */
class CallForm {

	private String title = "";

	private String description = "";

	private String deadline = "";

	private String groupsWanted = "";

	private boolean open = true;

	private boolean acceptanceRequired;

	private List<Long> themeIds = List.of();

	private long version;

	static CallForm of(Call call) {
		CallForm form = new CallForm();
		form.title = call.title();
		form.description = (call.description() != null) ? call.description() : "";
		form.deadline = call.deadline().toString();
		form.groupsWanted = (call.groupsWanted() != null) ? String.valueOf(call.groupsWanted()) : "";
		form.open = call.open();
		form.acceptanceRequired = call.acceptanceRequired();
		form.themeIds = List.copyOf(call.themeIds());
		form.version = call.version();
		return form;
	}

	/** The data, or null with the errors (field → message key) filled in. */
	CallData check(Set<Long> knownThemes, Map<String, String> errors) {
		if (this.title == null || this.title.isBlank()) {
			errors.put("title", "matching.call.error.title");
		}
		else if (this.title.length() > 200) {
			errors.put("title", "matching.call.error.titleLength");
		}
		if (this.description != null && this.description.length() > 10000) {
			errors.put("description", "matching.call.error.descriptionLength");
		}
		LocalDate date = null;
		try {
			date = LocalDate.parse((this.deadline != null) ? this.deadline.trim() : "");
		}
		catch (DateTimeParseException ex) {
			errors.put("deadline", "matching.call.error.deadline");
		}
		Integer groups = null;
		if (this.groupsWanted != null && !this.groupsWanted.isBlank()) {
			try {
				groups = Integer.valueOf(this.groupsWanted.trim());
				if (groups < 1 || groups > 500) {
					errors.put("groupsWanted", "matching.call.error.groups");
				}
			}
			catch (NumberFormatException ex) {
				errors.put("groupsWanted", "matching.call.error.groups");
			}
		}
		Set<Long> themes = new LinkedHashSet<>((this.themeIds != null) ? this.themeIds : List.of());
		if (themes.isEmpty() || !knownThemes.containsAll(themes)) {
			errors.put("themeIds", "matching.call.error.themes");
		}
		return errors.isEmpty()
				? new CallData(this.title, this.description, date, groups, this.open, this.acceptanceRequired, themes)
				: null;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getGroupsWanted() {
		return this.groupsWanted;
	}

	public void setGroupsWanted(String groupsWanted) {
		this.groupsWanted = groupsWanted;
	}

	public boolean isOpen() {
		return this.open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public boolean isAcceptanceRequired() {
		return this.acceptanceRequired;
	}

	public void setAcceptanceRequired(boolean acceptanceRequired) {
		this.acceptanceRequired = acceptanceRequired;
	}

	public List<Long> getThemeIds() {
		return this.themeIds;
	}

	public void setThemeIds(List<Long> themeIds) {
		this.themeIds = themeIds;
	}

	public List<String> getThemeValues() {
		return (this.themeIds != null) ? this.themeIds.stream().map(String::valueOf).toList() : List.of();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
