package org.citymentor.organisation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	// ISO 3166 code, a char(2) column
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String country;

	private String region;

	private String website;

	private Long createdBy;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "organisation_language", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "language")
	private Set<String> languages = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "association_member", joinColumns = @JoinColumn(name = "association_id"))
	@Column(name = "member_id")
	private Set<Long> memberIds = new LinkedHashSet<>();

	protected Organisation() {
	}

	Organisation(OrganisationData data, Long createdBy) {
		this.createdBy = createdBy;
		apply(data);
	}

	void apply(OrganisationData data) {
		this.name = data.name().trim();
		this.kind = data.kind();
		this.country = data.country();
		this.region = blankToNull(data.region());
		this.website = blankToNull(data.website());
		this.languages.clear();
		this.languages.addAll(data.languages());
		this.updatedAt = Instant.now();
	}

	void addMember(long memberId) {
		this.memberIds.add(memberId);
	}

	void removeMember(long memberId) {
		this.memberIds.remove(memberId);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	OrganisationKind getKind() {
		return this.kind;
	}

	String getCountry() {
		return this.country;
	}

	String getRegion() {
		return this.region;
	}

	String getWebsite() {
		return this.website;
	}

	long getVersion() {
		return this.version;
	}

	Set<String> getLanguages() {
		return this.languages;
	}

	Set<Long> getMemberIds() {
		return this.memberIds;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
