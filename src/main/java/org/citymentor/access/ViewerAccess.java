package org.citymentor.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citymentor.shared.security.CurrentUser;

/**
 * What one person is in the groups and programmes, read once
 * ({@link Access#viewerAccess}) for a page that shows several groups or several steps to
 * them, instead of asking {@link Access} once per group and step. Same answers as the
 * matching methods of {@link Access}.
 *
 * @param participantByGroup the participant the person is there for, by group they are a
 * current member of
 * @param memberProgrammes the programmes of the groups they are a current member of
 * @param coordinatedProgrammes the programmes they coordinate
 * @param organisations the organisations they act for: their own and those they represent
 * in their groups
 */
public record ViewerAccess(CurrentUser user, Map<Long, Long> participantByGroup, Set<Long> memberProgrammes,
		Set<Long> coordinatedProgrammes, Set<Long> organisations) {

	/** Nobody signed in: member of nothing, coordinates nothing. */
	public static final ViewerAccess NOBODY = new ViewerAccess(null, Map.of(), Set.of(), Set.of(), Set.of());

	public ViewerAccess {
		participantByGroup = Map.copyOf(participantByGroup);
		memberProgrammes = Set.copyOf(memberProgrammes);
		coordinatedProgrammes = Set.copyOf(coordinatedProgrammes);
		organisations = Set.copyOf(organisations);
	}

	/** Like {@link Access#memberParticipantId}. */
	public Optional<Long> participantIn(long groupId) {
		return Optional.ofNullable(this.participantByGroup.get(groupId));
	}

	/** Like {@link Access#isGroupMember}. */
	public boolean isMember(long groupId) {
		return this.participantByGroup.containsKey(groupId);
	}

	/** Like {@link Access#coordinatesProgramme}: admins too. */
	public boolean coordinates(long programmeId) {
		return this.user != null && (this.user.isAdmin() || this.coordinatedProgrammes.contains(programmeId));
	}

	/** Like {@link Access#mayViewProgramme}. */
	public boolean mayViewProgramme(long programmeId) {
		return coordinates(programmeId) || this.memberProgrammes.contains(programmeId);
	}

	/** Like {@link Access#mayViewGroup}, for a group that exists. */
	public boolean mayViewGroup(long groupId, long programmeId) {
		return coordinates(programmeId) || isMember(groupId);
	}

	/** Like {@link Access#mayManageGroup}, for a group that exists. */
	public boolean mayManageGroup(long programmeId) {
		return coordinates(programmeId);
	}

	/** Like {@link Access#actsFor}. */
	public boolean actsFor(long organisationId) {
		return this.organisations.contains(organisationId);
	}

}
