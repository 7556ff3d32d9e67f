package org.citymentor.goodpractice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A good-practice sheet: every field of annex 4 is a column of its own. The search vector
 * is a column PostgreSQL computes; it is not mapped.
 */
@Entity
@Table(name = "good_practice")
class GoodPractice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ownerOrganisationId;

	private String country;

	@Enumerated(EnumType.STRING)
	private GoodPracticeStatus status;

	private String title;

	private String location;

	private String leadOrganisations;

	private String context;

	private String targetGroup;

	private String aims;

	private LocalDate startDate;

	private String startPrecision;

	private String preconditions;

	private String mainActivities;

	private String whoDidTheWork;

	private String funding;

	private String staff;

	private String volunteers;

	private String partners;

	private String beneficiaries;

	private String concreteChange;

	private String evaluation;

	private String successFactors;

	private String challenges;

	private String risks;

	private String transferRequirements;

	private String dosAndDonts;

	private String contactName;

	private String contactFunction;

	private Long createdBy;

	@Column(updatable = false)
	private Instant createdAt;

	private Long updatedBy;

	private Instant updatedAt;

	private Instant publishedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "good_practice_theme", joinColumns = @JoinColumn(name = "good_practice_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "good_practice_language", joinColumns = @JoinColumn(name = "good_practice_id"))
	@Column(name = "language")
	private Set<String> languages = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "good_practice_link", joinColumns = @JoinColumn(name = "good_practice_id"))
	@OrderColumn(name = "sort_order")
	private List<StoredLink> links = new ArrayList<>();

	protected GoodPractice() {
	}

	GoodPractice(long ownerOrganisationId, String country, GoodPracticeData data, Long actorId, Instant now) {
		this.ownerOrganisationId = ownerOrganisationId;
		this.country = country;
		this.status = GoodPracticeStatus.DRAFT;
		this.createdBy = actorId;
		this.createdAt = now;
		apply(data, actorId, now);
	}

	void apply(GoodPracticeData data, Long actorId, Instant now) {
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			String value = data.text(field);
			setText(field, (value != null) ? value.strip() : null);
		}
		this.startDate = (data.startDate() != null) ? data.startDate().date() : null;
		this.startPrecision = (data.startDate() == null) ? null : (data.startDate().dayKnown() ? "DAY" : "MONTH");
		this.themeIds.clear();
		this.themeIds.addAll(data.themeIds());
		this.languages.clear();
		this.languages.addAll(data.languages());
		this.links.clear();
		data.links().forEach((link) -> this.links.add(new StoredLink(link.url(), link.label())));
		touch(actorId, now);
	}

	void publish(Long actorId, Instant now) {
		this.status = GoodPracticeStatus.PUBLISHED;
		this.publishedAt = now;
		touch(actorId, now);
	}

	void unpublish(Long actorId, Instant now) {
		this.status = GoodPracticeStatus.DRAFT;
		touch(actorId, now);
	}

	GoodPracticeData data() {
		Map<GoodPracticeField, String> texts = new EnumMap<>(GoodPracticeField.class);
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			texts.put(field, text(field));
		}
		StartDate start = (this.startDate == null) ? null
				: new StartDate(this.startDate, "DAY".equals(this.startPrecision));
		return new GoodPracticeData(texts, start, this.themeIds, this.languages,
				this.links.stream().map((link) -> new GoodPracticeLink(link.url, link.label)).toList());
	}

	GoodPracticeDetails details() {
		return new GoodPracticeDetails(this.id, this.ownerOrganisationId, this.country, this.status, this.version,
				data(), this.createdBy, this.createdAt, this.updatedBy, this.updatedAt, this.publishedAt);
	}

	Long getId() {
		return this.id;
	}

	GoodPracticeStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	private void touch(Long actorId, Instant now) {
		this.updatedBy = actorId;
		this.updatedAt = now;
	}

	/** The column of each text field; a new field fails to compile here until mapped. */
	private String text(GoodPracticeField field) {
		return switch (field) {
			case TITLE -> this.title;
			case LOCATION -> this.location;
			case LEAD_ORGANISATIONS -> this.leadOrganisations;
			case CONTEXT -> this.context;
			case TARGET_GROUP -> this.targetGroup;
			case AIMS -> this.aims;
			case PRECONDITIONS -> this.preconditions;
			case MAIN_ACTIVITIES -> this.mainActivities;
			case WHO_DID_THE_WORK -> this.whoDidTheWork;
			case FUNDING -> this.funding;
			case STAFF -> this.staff;
			case VOLUNTEERS -> this.volunteers;
			case PARTNERS -> this.partners;
			case BENEFICIARIES -> this.beneficiaries;
			case CONCRETE_CHANGE -> this.concreteChange;
			case EVALUATION -> this.evaluation;
			case SUCCESS_FACTORS -> this.successFactors;
			case CHALLENGES -> this.challenges;
			case RISKS -> this.risks;
			case TRANSFER_REQUIREMENTS -> this.transferRequirements;
			case DOS_AND_DONTS -> this.dosAndDonts;
			case CONTACT_NAME -> this.contactName;
			case CONTACT_FUNCTION -> this.contactFunction;
			case THEMES, LANGUAGES, START_DATE, LINKS -> throw new IllegalArgumentException(field + " is not text");
		};
	}

	private void setText(GoodPracticeField field, String value) {
		switch (field) {
			case TITLE -> this.title = value;
			case LOCATION -> this.location = value;
			case LEAD_ORGANISATIONS -> this.leadOrganisations = value;
			case CONTEXT -> this.context = value;
			case TARGET_GROUP -> this.targetGroup = value;
			case AIMS -> this.aims = value;
			case PRECONDITIONS -> this.preconditions = value;
			case MAIN_ACTIVITIES -> this.mainActivities = value;
			case WHO_DID_THE_WORK -> this.whoDidTheWork = value;
			case FUNDING -> this.funding = value;
			case STAFF -> this.staff = value;
			case VOLUNTEERS -> this.volunteers = value;
			case PARTNERS -> this.partners = value;
			case BENEFICIARIES -> this.beneficiaries = value;
			case CONCRETE_CHANGE -> this.concreteChange = value;
			case EVALUATION -> this.evaluation = value;
			case SUCCESS_FACTORS -> this.successFactors = value;
			case CHALLENGES -> this.challenges = value;
			case RISKS -> this.risks = value;
			case TRANSFER_REQUIREMENTS -> this.transferRequirements = value;
			case DOS_AND_DONTS -> this.dosAndDonts = value;
			case CONTACT_NAME -> this.contactName = value;
			case CONTACT_FUNCTION -> this.contactFunction = value;
			case THEMES, LANGUAGES, START_DATE, LINKS -> throw new IllegalArgumentException(field + " is not text");
		}
	}

	/** One row of "more information". */
	@Embeddable
	static class StoredLink {

		@Column(name = "url")
		private String url;

		@Column(name = "label")
		private String label;

		protected StoredLink() {
		}

		StoredLink(String url, String label) {
			this.url = url;
			this.label = (label == null || label.isBlank()) ? null : label.strip();
		}

	}

}
