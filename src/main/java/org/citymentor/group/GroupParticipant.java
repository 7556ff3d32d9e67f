package org.citymentor.group;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An organisation taking part in a group, on one side and in one role. */
@Entity
@Table(name = "group_participant")
class GroupParticipant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "group_id")
	private MentoringGroup group;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private ParticipantSide side;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	protected GroupParticipant() {
	}

	GroupParticipant(MentoringGroup group, long organisationId, ParticipantSide side, ParticipantRole role) {
		this.group = group;
		this.organisationId = organisationId;
		this.side = side;
		this.role = role;
	}

	Long getId() {
		return this.id;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	ParticipantSide getSide() {
		return this.side;
	}

	ParticipantRole getRole() {
		return this.role;
	}

	boolean isMentee() {
		return this.side == ParticipantSide.MENTEE || this.side == ParticipantSide.BOTH;
	}

	boolean isMentor() {
		return this.side == ParticipantSide.MENTOR || this.side == ParticipantSide.BOTH;
	}

}
