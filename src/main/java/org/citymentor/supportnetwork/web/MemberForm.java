package org.citymentor.supportnetwork.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citymentor.supportnetwork.MemberData;
import org.citymentor.supportnetwork.MemberKind;
import org.citymentor.supportnetwork.NetworkMemberDetails;
import org.citymentor.supportnetwork.NetworkRole;

/** A member of the support network as typed, never bound to the entity. */
public class MemberForm {

	@NotBlank(message = "{supportNetwork.name.required}")
	@Size(max = 200, message = "{validation.length.max}")
	private String name;

	@Size(max = 200, message = "{validation.length.max}")
	private String organisation;

	@NotNull(message = "{supportNetwork.kind.required}")
	private MemberKind kind;

	private List<NetworkRole> roles = new ArrayList<>();

	@Size(max = 2000, message = "{validation.length.max}")
	private String contribution;

	@Size(max = 300, message = "{validation.length.max}")
	private String contact;

	@NotNull(message = "{supportNetwork.representsMigrants.required}")
	private Boolean representsMigrants;

	@AssertTrue(message = "{supportNetwork.consent.required}")
	private boolean consent;

	@NotNull(message = "{supportNetwork.consentDate.required}")
	private LocalDate consentDate;

	private long version;

	static MemberForm from(NetworkMemberDetails member) {
		MemberData data = member.data();
		MemberForm form = new MemberForm();
		form.name = data.name();
		form.organisation = data.organisation();
		form.kind = data.kind();
		form.roles = new ArrayList<>(data.roles().stream().sorted().toList());
		form.contribution = data.contribution();
		form.contact = data.contact();
		form.representsMigrants = data.representsMigrants();
		form.consent = true;
		form.consentDate = data.consentDate();
		form.version = member.version();
		return form;
	}

	MemberData toData() {
		return new MemberData(this.name, this.organisation, this.kind,
				new LinkedHashSet<>(this.roles.stream().filter(Objects::nonNull).toList()), this.contribution,
				this.contact, Boolean.TRUE.equals(this.representsMigrants), this.consentDate);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public MemberKind getKind() {
		return this.kind;
	}

	public void setKind(MemberKind kind) {
		this.kind = kind;
	}

	public List<NetworkRole> getRoles() {
		return this.roles;
	}

	public void setRoles(List<NetworkRole> roles) {
		this.roles = (roles != null) ? roles : new ArrayList<>();
	}

	public String getContribution() {
		return this.contribution;
	}

	public void setContribution(String contribution) {
		this.contribution = contribution;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public Boolean getRepresentsMigrants() {
		return this.representsMigrants;
	}

	public void setRepresentsMigrants(Boolean representsMigrants) {
		this.representsMigrants = representsMigrants;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public void setConsentDate(LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
