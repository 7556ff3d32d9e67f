package org.citymentor.organisation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationDetails;
import org.citymentor.organisation.OrganisationKind;

/** The add/edit organisation form, never bound to the entity. */
public class OrganisationForm {

	@NotBlank(message = "{organisation.name.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String name;

	@NotNull(message = "{organisation.kind.required}")
	private OrganisationKind kind;

	@NotBlank(message = "{organisation.country.required}")
	private String country;

	@Size(max = 200, message = "{validation.length.max}")
	private String region;

	@Size(max = 500, message = "{validation.length.max}")
	@Pattern(regexp = "^$|^https?://[^\\s]+$", message = "{organisation.website.invalid}")
	private String website;

	private List<String> languages = new ArrayList<>();

	private long version;

	static OrganisationForm from(OrganisationDetails details) {
		OrganisationForm form = new OrganisationForm();
		form.name = details.name();
		form.kind = details.kind();
		form.country = details.country();
		form.region = details.region();
		form.website = details.website();
		form.languages = new ArrayList<>(details.languages());
		form.version = details.version();
		return form;
	}

	OrganisationData toData() {
		return new OrganisationData(this.name, this.kind, this.country, this.region, this.website, this.languages);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = (languages != null) ? languages : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
