package org.citymentor.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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

@Entity
@Table(name = "programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long coordinatingOrganisationId;

	private String description;

	private String fundingSource;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private ProgrammeFormat format;

	private int defaultVisits;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "programme_theme", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "programme_step", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "step")
	@Enumerated(EnumType.STRING)
	private Set<ProgrammeStep> steps = EnumSet.noneOf(ProgrammeStep.class);

	protected Programme() {
	}

	Programme(ProgrammeData data) {
		apply(data);
	}

	void apply(ProgrammeData data) {
		this.name = data.name().trim();
		this.coordinatingOrganisationId = data.coordinatingOrganisationId();
		this.description = blankToNull(data.description());
		this.fundingSource = blankToNull(data.fundingSource());
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.format = data.format();
		this.defaultVisits = data.steps().contains(ProgrammeStep.VISITS) ? data.defaultVisits() : 0;
		this.themeIds.clear();
		this.themeIds.addAll(data.themeIds());
		this.steps.clear();
		this.steps.addAll(data.steps());
		this.updatedAt = Instant.now();
	}

	ProgrammeData data() {
		return new ProgrammeData(this.name, this.coordinatingOrganisationId, this.description, this.fundingSource,
				this.startDate, this.endDate, this.format, this.defaultVisits, Set.copyOf(this.themeIds),
				this.steps.isEmpty() ? Set.of() : EnumSet.copyOf(this.steps));
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
