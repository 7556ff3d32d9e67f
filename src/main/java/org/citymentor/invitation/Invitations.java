package org.citymentor.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citymentor.access.Coordinators;
import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;
import org.citymentor.invitation.InvitationTargets.GroupTarget;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator does with invitations: send, list, resend and withdraw them. Who may
 * do so is checked by the caller with Access; every invitation id is checked against the
 * group or programme it is asked for.
 */
@Service
public class Invitations {

	private final InvitationRepository repository;

	private final InvitationTargets targets;

	private final InvitationMail mail;

	private final AccountService accounts;

	private final GroupMembers members;

	private final Coordinators coordinators;

	private final Activities activities;

	private final Clock clock;

	Invitations(InvitationRepository repository, InvitationTargets targets, InvitationMail mail,
			AccountService accounts, GroupMembers members, Coordinators coordinators, Activities activities,
			Clock clock) {
		this.repository = repository;
		this.targets = targets;
		this.mail = mail;
		this.accounts = accounts;
		this.members = members;
		this.coordinators = coordinators;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Invites a person to the group, for one of its participant organisations. A pending
	 * invitation of the same address to the same group is withdrawn: only the newest link
	 * works.
	 */
	@Transactional
	public InviteOutcome inviteToGroup(long groupId, long participantId, String email, MemberRole role, Actor inviter,
			Locale inviterLocale) {
		GroupTarget group = this.targets.group(groupId).orElseThrow(NotFoundException::new);
		InvitableParticipant participant = this.targets.participant(groupId, participantId)
			.orElseThrow(NotFoundException::new);
		String address = Invitation.normalise(email);
		Optional<Long> userId = this.accounts.findIdByEmail(address);
		if (userId.isPresent() && this.members.of(groupId).stream().anyMatch((m) -> m.userId() == userId.get())) {
			return InviteOutcome.ALREADY_MEMBER;
		}
		Instant now = this.clock.instant();
		this.repository.openForGroupAndEmail(groupId, address).forEach((old) -> old.withdraw(now));
		String token = InvitationTokens.newToken();
		Invitation invitation = this.repository.save(Invitation.toGroup(group.programmeId(), groupId, participantId,
				role, address, inviter.id(), InvitationTokens.hash(token), now));
		this.activities.record(group.programmeId(), groupId, inviter, ActivityKind.INVITED, address);
		this.mail.toGroup(address, token, invitation.getExpiresAt(), inviter.name(), group.title(),
				group.programmeName(), participant.organisationName(), inviterLocale);
		return InviteOutcome.INVITED;
	}

	/**
	 * Invites a person to coordinate the programme, withdrawing an earlier open
	 * invitation.
	 */
	@Transactional
	public InviteOutcome inviteCoordinator(long programmeId, String email, Actor inviter, Locale inviterLocale) {
		String programmeName = this.targets.programmeName(programmeId).orElseThrow(NotFoundException::new);
		String address = Invitation.normalise(email);
		Optional<Long> userId = this.accounts.findIdByEmail(address);
		if (userId.isPresent() && this.coordinators.of(programmeId).contains(userId.get())) {
			return InviteOutcome.ALREADY_COORDINATOR;
		}
		Instant now = this.clock.instant();
		this.repository.openForProgrammeAndEmail(programmeId, InvitationKind.PROGRAMME_COORDINATOR, address)
			.forEach((old) -> old.withdraw(now));
		String token = InvitationTokens.newToken();
		Invitation invitation = this.repository
			.save(Invitation.toCoordinate(programmeId, address, inviter.id(), InvitationTokens.hash(token), now));
		this.activities.record(programmeId, null, inviter, ActivityKind.INVITED, address);
		this.mail.toCoordinate(address, token, invitation.getExpiresAt(), inviter.name(), programmeName, inviterLocale);
		return InviteOutcome.INVITED;
	}

	/** The group's invitations that were neither accepted nor withdrawn, newest first. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingForGroup(long groupId) {
		List<Invitation> open = this.repository.openForGroup(groupId);
		Map<Long, String> organisations = open.isEmpty() ? Map.of()
				: this.targets.participants(groupId)
					.stream()
					.collect(Collectors.toMap(InvitableParticipant::id, InvitableParticipant::organisationName));
		return open.stream().map((i) -> view(i, organisations.get(i.getParticipantId()))).toList();
	}

	/** Open invitations to coordinate the programme, newest first. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingForProgramme(long programmeId) {
		return this.repository.openForProgramme(programmeId, InvitationKind.PROGRAMME_COORDINATOR)
			.stream()
			.map((i) -> view(i, null))
			.toList();
	}

	/** The title of the group, for the invitation page; 404 for an unknown group. */
	@Transactional(readOnly = true)
	public String groupTitle(long groupId) {
		return this.targets.group(groupId).map(GroupTarget::title).orElseThrow(NotFoundException::new);
	}

	/**
	 * The name of the programme, for the invitation page; 404 for an unknown programme.
	 */
	@Transactional(readOnly = true)
	public String programmeName(long programmeId) {
		return this.targets.programmeName(programmeId).orElseThrow(NotFoundException::new);
	}

	/** The organisations of the group a person can be invited for. */
	@Transactional(readOnly = true)
	public List<InvitableParticipant> participants(long groupId) {
		return this.targets.participants(groupId);
	}

	/**
	 * Sends a new link, valid for another 14 days; the old link stops working. False when
	 * the invitation was accepted or withdrawn meanwhile.
	 */
	@Transactional
	public boolean resendGroupInvitation(long groupId, long invitationId, Actor actor, Locale actorLocale) {
		Invitation invitation = ofGroup(groupId, invitationId);
		if (!invitation.isOpen()) {
			return false;
		}
		GroupTarget group = this.targets.group(groupId).orElseThrow(NotFoundException::new);
		String organisation = this.targets.participant(groupId, invitation.getParticipantId())
			.map(InvitableParticipant::organisationName)
			.orElse("");
		String token = renew(invitation);
		this.activities.record(group.programmeId(), groupId, actor, ActivityKind.INVITATION_RESENT,
				invitation.getEmail());
		this.mail.toGroup(invitation.getEmail(), token, invitation.getExpiresAt(), actor.name(), group.title(),
				group.programmeName(), organisation, actorLocale);
		return true;
	}

	@Transactional
	public boolean resendCoordinatorInvitation(long programmeId, long invitationId, Actor actor, Locale actorLocale) {
		Invitation invitation = ofProgramme(programmeId, invitationId);
		if (!invitation.isOpen()) {
			return false;
		}
		String programmeName = this.targets.programmeName(programmeId).orElseThrow(NotFoundException::new);
		String token = renew(invitation);
		this.activities.record(programmeId, null, actor, ActivityKind.INVITATION_RESENT, invitation.getEmail());
		this.mail.toCoordinate(invitation.getEmail(), token, invitation.getExpiresAt(), actor.name(), programmeName,
				actorLocale);
		return true;
	}

	/**
	 * Withdraws the invitation: its link stops working. False when it was no longer open.
	 */
	@Transactional
	public boolean withdrawGroupInvitation(long groupId, long invitationId, Actor actor) {
		return withdraw(ofGroup(groupId, invitationId), groupId, actor);
	}

	@Transactional
	public boolean withdrawCoordinatorInvitation(long programmeId, long invitationId, Actor actor) {
		return withdraw(ofProgramme(programmeId, invitationId), null, actor);
	}

	private boolean withdraw(Invitation invitation, Long groupId, Actor actor) {
		if (!invitation.isOpen()) {
			return false;
		}
		invitation.withdraw(this.clock.instant());
		this.activities.record(invitation.getProgrammeId(), groupId, actor, ActivityKind.INVITATION_WITHDRAWN,
				invitation.getEmail());
		return true;
	}

	private String renew(Invitation invitation) {
		String token = InvitationTokens.newToken();
		invitation.send(InvitationTokens.hash(token), this.clock.instant());
		return token;
	}

	private Invitation ofGroup(long groupId, long invitationId) {
		return this.repository.findById(invitationId)
			.filter((i) -> i.getKind() == InvitationKind.GROUP_MEMBER && Long.valueOf(groupId).equals(i.getGroupId()))
			.orElseThrow(NotFoundException::new);
	}

	private Invitation ofProgramme(long programmeId, long invitationId) {
		return this.repository.findById(invitationId)
			.filter((i) -> i.getKind() == InvitationKind.PROGRAMME_COORDINATOR && i.getProgrammeId() == programmeId)
			.orElseThrow(NotFoundException::new);
	}

	private PendingInvitation view(Invitation invitation, String organisationName) {
		Instant now = this.clock.instant();
		return new PendingInvitation(invitation.getId(), invitation.getEmail(), organisationName,
				invitation.getMemberRole(), day(invitation.getSentAt()), day(invitation.getExpiresAt()),
				!invitation.getExpiresAt().isAfter(now));
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

}
