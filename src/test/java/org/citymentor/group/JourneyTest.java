package org.citymentor.group;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.citymentor.programme.ProgrammeStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list is derived from the programme's steps and the group's data, never typed.
 */
class JourneyTest {

	@Test
	void onlyTheProgrammesStepsAppearInTheGuidesOrderWithOneLinePerVisit() {
		List<Journey.Task> tasks = Journey.of(EnumSet.of(ProgrammeStep.EVALUATION, ProgrammeStep.VISITS,
				ProgrammeStep.NEEDS_ANALYSIS, ProgrammeStep.ACTION_PLAN), 3, group());
		assertThat(tasks).extracting(Journey.Task::key)
			.containsExactly("NEEDS_ANALYSIS", "VISIT", "VISIT", "VISIT", "ACTION_PLAN", "APPROVAL", "EVALUATION");
		assertThat(tasks).filteredOn((task) -> task.key().equals("VISIT"))
			.extracting(Journey.Task::number)
			.containsExactly(1, 2, 3);
	}

	@Test
	void stepsNotBuiltYetSaySoAndLinkNowhere() {
		List<Journey.Task> tasks = Journey.of(EnumSet.of(ProgrammeStep.NEEDS_ANALYSIS), 0, group());
		assertThat(tasks).singleElement().satisfies((task) -> {
			assertThat(task.status()).isEqualTo(TaskStatus.NOT_AVAILABLE_YET);
			assertThat(task.link()).isNull();
		});
	}

	@Test
	void matchingFollowsTheGroupsSides() {
		assertThat(matching(group())).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(matching(group(participant(ParticipantSide.MENTEE, ParticipantRole.CITY))))
			.isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(matching(group(participant(ParticipantSide.MENTEE, ParticipantRole.CITY),
				participant(ParticipantSide.MENTOR, ParticipantRole.CITY))))
			.isEqualTo(TaskStatus.COMPLETED);
	}

	@Test
	void aFacilitatorDoesNotMakeASide() {
		assertThat(matching(group(participant(ParticipantSide.MENTEE, ParticipantRole.CITY),
				participant(ParticipantSide.BOTH, ParticipantRole.FACILITATOR))))
			.isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void aCommunityOfPracticeIsMatchedWithTwoOrganisationsThatBothGiveAndLearn() {
		assertThat(matching(group(participant(ParticipantSide.BOTH, ParticipantRole.CITY))))
			.isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(matching(group(participant(ParticipantSide.BOTH, ParticipantRole.CITY),
				participant(ParticipantSide.BOTH, ParticipantRole.CITY))))
			.isEqualTo(TaskStatus.COMPLETED);
	}

	private static TaskStatus matching(GroupDetails group) {
		return Journey.of(EnumSet.of(ProgrammeStep.MATCHING), 0, group).get(0).status();
	}

	private static long nextId = 1;

	private static GroupDetails.Participant participant(ParticipantSide side, ParticipantRole role) {
		nextId++;
		return new GroupDetails.Participant(nextId, nextId * 10, side, role);
	}

	private static GroupDetails group(GroupDetails.Participant... participants) {
		return new GroupDetails(1, 1, 0, new GroupData("Group", null, null, null, GroupStatus.FORMING, Set.of(),
				Set.of(), null, null, null, null, null), List.of(participants), Instant.now(), Instant.now());
	}

}
