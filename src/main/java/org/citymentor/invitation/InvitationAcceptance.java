package org.citymentor.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.citymentor.access.Coordinators;
import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;
import org.citymentor.invitation.InvitationTargets.GroupTarget;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.security.Role;
import org.citymentor.shared.web.ForbiddenException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person holding an invitation link does: look at it, and accept it with a new
 * account or with the account they are signed in to. A link works once: accepting first
 * uses the invitation up with a conditional update, so a double submit or a race changes
 * nothing the second time.
 */
@Service
public class InvitationAcceptance {

	private final InvitationRepository repository;

	private final InvitationTargets targets;

	private final AccountService accounts;

	private final GroupMembers members;

	private final Coordinators coordinators;

	private final Activities activities;

	private final Clock clock;

	InvitationAcceptance(InvitationRepository repository, InvitationTargets targets, AccountService accounts,
			GroupMembers members, Coordinators coordinators, Activities activities, Clock clock) {
		this.repository = repository;
		this.targets = targets;
		this.accounts = accounts;
		this.members = members;
		this.coordinators = coordinators;
		this.activities = activities;
		this.clock = clock;
	}

	/** The invitation of a link, whatever its status; empty for an unknown link. */
	@Transactional(readOnly = true)
	public Optional<InvitationDetails> find(String token) {
		return load(token).map(this::details);
	}

	/**
	 * Creates the invited person's account, with the password they chose, and makes them
	 * a member of the group or a coordinator of the programme. Empty (and nothing
	 * changed) when an account with the invited address exists by now: that person signs
	 * in instead.
	 */
	@Transactional
	public Optional<Accepted> acceptWithNewAccount(String token, String displayName, String password, String language) {
		Optional<Invitation> found = load(token);
		if (found.isPresent() && this.accounts.findIdByEmail(found.get().getEmail()).isPresent()) {
			return Optional.empty();
		}
		Invitation invitation = claim(token);
		boolean toGroup = invitation.getKind() == InvitationKind.GROUP_MEMBER;
		Long organisationId = toGroup ? this.targets.participant(invitation.getGroupId(), invitation.getParticipantId())
			.map(InvitableParticipant::organisationId)
			.orElse(null) : null;
		long userId = this.accounts.createAccount(invitation.getEmail(), displayName,
				toGroup ? Role.MEMBER : Role.COORDINATOR, language, organisationId, password);
		join(invitation, new Actor(userId, displayName.trim()));
		return Optional.of(new Accepted(userId, targetPath(invitation)));
	}

	/**
	 * Makes the signed-in person, who must be the one invited, a member or coordinator.
	 */
	@Transactional
	public Accepted acceptAsExistingUser(String token, CurrentUser user) {
		Invitation invitation = claim(token);
		if (!invitation.getEmail().equalsIgnoreCase(user.email())) {
			throw new ForbiddenException();
		}
		join(invitation, new Actor(user.id(), user.displayName()));
		if (invitation.getKind() == InvitationKind.PROGRAMME_COORDINATOR) {
			this.accounts.promoteToCoordinator(user.id());
		}
		return new Accepted(user.id(), targetPath(invitation));
	}

	private Invitation claim(String token) {
		Invitation invitation = load(token).orElseThrow(() -> new InvitationNotUsableException(null));
		Instant now = this.clock.instant();
		if (this.repository.claim(invitation.getId(), now) != 1) {
			InvitationStatus status = this.repository.findById(invitation.getId())
				.map((found) -> found.statusAt(now))
				.orElse(null);
			throw new InvitationNotUsableException(
					(status == null || status == InvitationStatus.PENDING) ? InvitationStatus.ACCEPTED : status);
		}
		return invitation;
	}

	private void join(Invitation invitation, Actor person) {
		this.repository.recordAcceptedBy(invitation.getId(), person.id());
		if (invitation.getKind() == InvitationKind.GROUP_MEMBER) {
			this.members.add(invitation.getGroupId(), invitation.getParticipantId(), person.id(),
					invitation.getMemberRole());
			this.activities.record(invitation.getProgrammeId(), invitation.getGroupId(), person, ActivityKind.JOINED,
					invitation.getEmail());
		}
		else {
			this.coordinators.add(invitation.getProgrammeId(), person.id());
			this.activities.record(invitation.getProgrammeId(), null, person, ActivityKind.JOINED,
					invitation.getEmail());
		}
	}

	private Optional<Invitation> load(String token) {
		return InvitationTokens.hashOf(token).flatMap(this.repository::findByTokenHash);
	}

	private InvitationDetails details(Invitation invitation) {
		Optional<GroupTarget> group = (invitation.getGroupId() != null) ? this.targets.group(invitation.getGroupId())
				: Optional.empty();
		String programmeName = group.map(GroupTarget::programmeName)
			.orElseGet(() -> this.targets.programmeName(invitation.getProgrammeId()).orElse(""));
		String organisationName = (invitation.getParticipantId() != null)
				? this.targets.participant(invitation.getGroupId(), invitation.getParticipantId())
					.map(InvitableParticipant::organisationName)
					.orElse(null)
				: null;
		String inviterName = (invitation.getInvitedBy() != null)
				? this.accounts.person(invitation.getInvitedBy()).map(AccountService.Person::displayName).orElse(null)
				: null;
		return new InvitationDetails(invitation.getId(), invitation.getKind(), invitation.getEmail(),
				invitation.statusAt(this.clock.instant()), invitation.getProgrammeId(), programmeName,
				invitation.getGroupId(), group.map(GroupTarget::title).orElse(null), organisationName,
				invitation.getMemberRole(), inviterName,
				LocalDate.ofInstant(invitation.getExpiresAt(), this.clock.getZone()), invitation.getAcceptedBy(),
				this.accounts.findIdByEmail(invitation.getEmail()).isPresent());
	}

	private static String targetPath(Invitation invitation) {
		return (invitation.getKind() == InvitationKind.GROUP_MEMBER) ? "/groups/" + invitation.getGroupId()
				: "/programmes/" + invitation.getProgrammeId();
	}

	/** Who accepted, and where they go next. */
	public record Accepted(long userId, String targetPath) {
	}

}
