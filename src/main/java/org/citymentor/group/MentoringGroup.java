package org.citymentor.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "mentoring_group")
class MentoringGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long actionId;

	private String title;

	private String focus;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private GroupStatus status;

	private LocalDate agreementDate;

	private String agreementReference;

	private String sharedGoals;

	private String exitClause;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Column(insertable = false, updatable = false)
	private Instant lastActivityAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "group_theme", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "group_language", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "language")
	private Set<String> languages = new LinkedHashSet<>();

	@OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<GroupParticipant> participants = new ArrayList<>();

	protected MentoringGroup() {
	}

	MentoringGroup(long programmeId, GroupData data) {
		this.programmeId = programmeId;
		apply(data);
	}

	void apply(GroupData data) {
		this.title = data.title().trim();
		this.focus = blankToNull(data.focus());
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.status = data.status();
		this.actionId = data.actionId();
		this.agreementDate = data.agreementDate();
		this.agreementReference = blankToNull(data.agreementReference());
		this.sharedGoals = blankToNull(data.sharedGoals());
		this.exitClause = blankToNull(data.exitClause());
		this.themeIds.clear();
		this.themeIds.addAll(data.themeIds());
		this.languages.clear();
		this.languages.addAll(data.languages());
		this.updatedAt = Instant.now();
	}

	GroupParticipant addParticipant(long organisationId, ParticipantSide side, ParticipantRole role) {
		if (participantFor(organisationId).isPresent()) {
			throw new GroupRuleException("group.participant.duplicate");
		}
		GroupParticipant participant = new GroupParticipant(this, organisationId, side, role);
		this.participants.add(participant);
		return participant;
	}

	/** A group keeps at least one mentee once it has one. */
	GroupParticipant removeParticipant(long participantId) {
		GroupParticipant participant = this.participants.stream()
			.filter((p) -> p.getId() == participantId)
			.findFirst()
			.orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		long mentees = this.participants.stream().filter(GroupParticipant::isMentee).count();
		if (participant.isMentee() && mentees == 1) {
			throw new GroupRuleException("group.participant.lastMentee");
		}
		this.participants.remove(participant);
		return participant;
	}

	Optional<GroupParticipant> participantFor(long organisationId) {
		return this.participants.stream().filter((p) -> p.getOrganisationId() == organisationId).findFirst();
	}

	GroupData data() {
		return new GroupData(this.title, this.focus, this.startDate, this.endDate, this.status,
				Set.copyOf(this.themeIds), Set.copyOf(this.languages), this.actionId, this.agreementDate,
				this.agreementReference, this.sharedGoals, this.exitClause);
	}

	Long getId() {
		return this.id;
	}

	long getProgrammeId() {
		return this.programmeId;
	}

	String getTitle() {
		return this.title;
	}

	long getVersion() {
		return this.version;
	}

	Instant getLastActivityAt() {
		return this.lastActivityAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	List<GroupParticipant> getParticipants() {
		return this.participants;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
