package org.citymentor.supportnetwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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
import org.hibernate.annotations.BatchSize;

/** A person in a city's local support network, stored with their consent. */
@Entity
@Table(name = "support_network_member")
class NetworkMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long groupId;

	private long participantId;

	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private MemberKind kind;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "support_network_member_role", joinColumns = @JoinColumn(name = "member_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<NetworkRole> roles = EnumSet.noneOf(NetworkRole.class);

	private String contribution;

	private String contact;

	private boolean representsMigrants;

	private LocalDate consentDate;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected NetworkMember() {
	}

	NetworkMember(long groupId, long participantId, MemberData data, Instant now) {
		this.groupId = groupId;
		this.participantId = participantId;
		apply(data, now);
	}

	void apply(MemberData data, Instant now) {
		this.name = data.name().trim();
		this.organisation = Texts.blankToNull(data.organisation());
		this.kind = data.kind();
		this.roles.clear();
		this.roles.addAll(data.roles());
		this.contribution = Texts.blankToNull(data.contribution());
		this.contact = Texts.blankToNull(data.contact());
		this.representsMigrants = data.representsMigrants();
		this.consentDate = data.consentDate();
		this.updatedAt = now;
	}

	MemberData data() {
		return new MemberData(this.name, this.organisation, this.kind, this.roles, this.contribution, this.contact,
				this.representsMigrants, this.consentDate);
	}

	Long getId() {
		return this.id;
	}

	long getGroupId() {
		return this.groupId;
	}

	long getParticipantId() {
		return this.participantId;
	}

	String getName() {
		return this.name;
	}

	long getVersion() {
		return this.version;
	}

}
