package org.citymentor.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.citymentor.access.MemberRole;

/**
 * An invitation sent by e-mail. Only the SHA-256 hash of its link's token is kept, so the
 * database alone gives no working link.
 */
@Entity
@Table(name = "invitation")
class Invitation {

	static final Duration VALIDITY = Duration.ofDays(14);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tokenHash;

	private String email;

	@Enumerated(EnumType.STRING)
	private InvitationKind kind;

	private long programmeId;

	private Long groupId;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private MemberRole memberRole;

	private Long invitedBy;

	private Instant createdAt;

	private Instant sentAt;

	private Instant expiresAt;

	private Instant acceptedAt;

	private Long acceptedBy;

	private Instant withdrawnAt;

	protected Invitation() {
	}

	private Invitation(InvitationKind kind, String email, long programmeId, Long groupId, Long participantId,
			MemberRole memberRole, Long invitedBy, String tokenHash, Instant now) {
		this.kind = kind;
		this.email = normalise(email);
		this.programmeId = programmeId;
		this.groupId = groupId;
		this.participantId = participantId;
		this.memberRole = memberRole;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		send(tokenHash, now);
	}

	static Invitation toGroup(long programmeId, long groupId, long participantId, MemberRole role, String email,
			Long invitedBy, String tokenHash, Instant now) {
		return new Invitation(InvitationKind.GROUP_MEMBER, email, programmeId, groupId, participantId, role, invitedBy,
				tokenHash, now);
	}

	static Invitation toCoordinate(long programmeId, String email, Long invitedBy, String tokenHash, Instant now) {
		return new Invitation(InvitationKind.PROGRAMME_COORDINATOR, email, programmeId, null, null, null, invitedBy,
				tokenHash, now);
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/** A new link replaces the old one, which stops working at once. */
	void send(String newTokenHash, Instant now) {
		this.tokenHash = newTokenHash;
		this.sentAt = now;
		this.expiresAt = now.plus(VALIDITY);
	}

	void withdraw(Instant now) {
		if (isOpen()) {
			this.withdrawnAt = now;
		}
	}

	/** Neither accepted nor withdrawn; it may have expired and can then be resent. */
	boolean isOpen() {
		return this.acceptedAt == null && this.withdrawnAt == null;
	}

	InvitationStatus statusAt(Instant now) {
		if (this.acceptedAt != null) {
			return InvitationStatus.ACCEPTED;
		}
		if (this.withdrawnAt != null) {
			return InvitationStatus.WITHDRAWN;
		}
		return this.expiresAt.isAfter(now) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	InvitationKind getKind() {
		return this.kind;
	}

	long getProgrammeId() {
		return this.programmeId;
	}

	Long getGroupId() {
		return this.groupId;
	}

	Long getParticipantId() {
		return this.participantId;
	}

	MemberRole getMemberRole() {
		return this.memberRole;
	}

	Long getInvitedBy() {
		return this.invitedBy;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Long getAcceptedBy() {
		return this.acceptedBy;
	}

}
