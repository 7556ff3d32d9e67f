package org.citymentor.group.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupStatus;

/** The group form, never bound to the entity. */
public class GroupForm {

	@NotBlank(message = "{group.title.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String title;

	@Size(max = 5000, message = "{validation.length.max}")
	private String focus;

	private LocalDate startDate;

	private LocalDate endDate;

	@NotNull(message = "{group.status.required}")
	private GroupStatus status = GroupStatus.FORMING;

	private List<Long> themeIds = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private Long actionId;

	private LocalDate agreementDate;

	@Size(max = 300, message = "{validation.length.max}")
	private String agreementReference;

	@Size(max = 5000, message = "{validation.length.max}")
	private String sharedGoals;

	@Size(max = 5000, message = "{validation.length.max}")
	private String exitClause;

	private long version;

	static GroupForm from(GroupDetails details) {
		GroupData data = details.data();
		GroupForm form = new GroupForm();
		form.title = data.title();
		form.focus = data.focus();
		form.startDate = data.startDate();
		form.endDate = data.endDate();
		form.status = data.status();
		form.themeIds = new ArrayList<>(data.themeIds());
		form.languages = new ArrayList<>(data.languages());
		form.actionId = data.actionId();
		form.agreementDate = data.agreementDate();
		form.agreementReference = data.agreementReference();
		form.sharedGoals = data.sharedGoals();
		form.exitClause = data.exitClause();
		form.version = details.version();
		return form;
	}

	GroupData toData() {
		return new GroupData(this.title, this.focus, this.startDate, this.endDate, this.status,
				new HashSet<>(this.themeIds), new HashSet<>(this.languages), this.actionId, this.agreementDate,
				this.agreementReference, this.sharedGoals, this.exitClause);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFocus() {
		return this.focus;
	}

	public void setFocus(String focus) {
		this.focus = focus;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public GroupStatus getStatus() {
		return this.status;
	}

	public void setStatus(GroupStatus status) {
		this.status = status;
	}

	public List<Long> getThemeIds() {
		return this.themeIds;
	}

	public void setThemeIds(List<Long> themeIds) {
		this.themeIds = (themeIds != null) ? themeIds : new ArrayList<>();
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = (languages != null) ? languages : new ArrayList<>();
	}

	public Long getActionId() {
		return this.actionId;
	}

	public void setActionId(Long actionId) {
		this.actionId = actionId;
	}

	public LocalDate getAgreementDate() {
		return this.agreementDate;
	}

	public void setAgreementDate(LocalDate agreementDate) {
		this.agreementDate = agreementDate;
	}

	public String getAgreementReference() {
		return this.agreementReference;
	}

	public void setAgreementReference(String agreementReference) {
		this.agreementReference = agreementReference;
	}

	public String getSharedGoals() {
		return this.sharedGoals;
	}

	public void setSharedGoals(String sharedGoals) {
		this.sharedGoals = sharedGoals;
	}

	public String getExitClause() {
		return this.exitClause;
	}

	public void setExitClause(String exitClause) {
		this.exitClause = exitClause;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
