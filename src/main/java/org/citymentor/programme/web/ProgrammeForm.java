package org.citymentor.programme.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citymentor.programme.ProgrammeData;
import org.citymentor.programme.ProgrammeDetails;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.programme.ProgrammeStep;

/** The programme form, never bound to the entity. */
public class ProgrammeForm {

	@NotBlank(message = "{programme.name.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String name;

	@NotNull(message = "{programme.coordinatingOrganisation.required}")
	private Long coordinatingOrganisationId;

	@Size(max = 5000, message = "{validation.length.max}")
	private String description;

	@Size(max = 300, message = "{validation.length.max}")
	private String fundingSource;

	private LocalDate startDate;

	private LocalDate endDate;

	@NotNull(message = "{programme.format.required}")
	private ProgrammeFormat format;

	@Min(value = 1, message = "{programme.defaultVisits.range}")
	@Max(value = 12, message = "{programme.defaultVisits.range}")
	private Integer defaultVisits = 3;

	private List<Long> themeIds = new ArrayList<>();

	private List<ProgrammeStep> steps = new ArrayList<>(EnumSet.allOf(ProgrammeStep.class));

	private List<Long> coordinatorIds = new ArrayList<>();

	private long version;

	static ProgrammeForm from(ProgrammeDetails details) {
		ProgrammeData data = details.data();
		ProgrammeForm form = new ProgrammeForm();
		form.name = data.name();
		form.coordinatingOrganisationId = data.coordinatingOrganisationId();
		form.description = data.description();
		form.fundingSource = data.fundingSource();
		form.startDate = data.startDate();
		form.endDate = data.endDate();
		form.format = data.format();
		form.defaultVisits = (data.defaultVisits() > 0) ? data.defaultVisits() : 3;
		form.themeIds = new ArrayList<>(data.themeIds());
		form.steps = new ArrayList<>(data.steps());
		form.version = details.version();
		return form;
	}

	ProgrammeData toData() {
		return new ProgrammeData(this.name, this.coordinatingOrganisationId, this.description, this.fundingSource,
				this.startDate, this.endDate, this.format, (this.defaultVisits != null) ? this.defaultVisits : 0,
				new HashSet<>(this.themeIds), this.steps.isEmpty() ? Set.of() : EnumSet.copyOf(this.steps));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getCoordinatingOrganisationId() {
		return this.coordinatingOrganisationId;
	}

	public void setCoordinatingOrganisationId(Long coordinatingOrganisationId) {
		this.coordinatingOrganisationId = coordinatingOrganisationId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getFundingSource() {
		return this.fundingSource;
	}

	public void setFundingSource(String fundingSource) {
		this.fundingSource = fundingSource;
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

	public ProgrammeFormat getFormat() {
		return this.format;
	}

	public void setFormat(ProgrammeFormat format) {
		this.format = format;
	}

	public Integer getDefaultVisits() {
		return this.defaultVisits;
	}

	public void setDefaultVisits(Integer defaultVisits) {
		this.defaultVisits = defaultVisits;
	}

	public List<Long> getThemeIds() {
		return this.themeIds;
	}

	public void setThemeIds(List<Long> themeIds) {
		this.themeIds = (themeIds != null) ? themeIds : new ArrayList<>();
	}

	public List<ProgrammeStep> getSteps() {
		return this.steps;
	}

	public void setSteps(List<ProgrammeStep> steps) {
		this.steps = (steps != null) ? steps : new ArrayList<>();
	}

	public List<Long> getCoordinatorIds() {
		return this.coordinatorIds;
	}

	public void setCoordinatorIds(List<Long> coordinatorIds) {
		this.coordinatorIds = (coordinatorIds != null) ? coordinatorIds : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
