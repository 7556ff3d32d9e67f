package org.citymentor.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.programme.ProgrammeStep;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * A group's task list as a viewer sees it, with the real status of every step a feature
 * module answers for ({@link JourneyStep}).
 */
@Service
public class Journeys {

	private final List<JourneyStep> steps;

	Journeys(List<JourneyStep> steps) {
		this.steps = steps;
	}

	public List<Journey.Task> of(Set<ProgrammeStep> programmeSteps, int visits, GroupDetails group,
			CurrentUser viewer) {
		Map<String, Journey.Task> built = new HashMap<>();
		this.steps.forEach((step) -> built.putAll(step.tasks(group, viewer)));
		return Journey.of(programmeSteps, visits, group, built);
	}

}
