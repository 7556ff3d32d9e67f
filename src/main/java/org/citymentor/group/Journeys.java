package org.citymentor.group;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.access.Access;
import org.citymentor.access.ViewerAccess;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.programme.ProgrammeStep;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task lists of groups as a viewer sees them, with the real status of every step a
 * feature module answers for ({@link JourneyStep}): one batch of queries per step for any
 * number of groups.
 */
@Service
public class Journeys {

	private final List<JourneyStep> steps;

	private final Access access;

	private final Groups groups;

	private final JdbcClient jdbc;

	Journeys(List<JourneyStep> steps, Access access, Groups groups, JdbcClient jdbc) {
		this.steps = steps;
		this.access = access;
		this.groups = groups;
		this.jdbc = jdbc;
	}

	/** One group's task list. */
	public List<Journey.Task> of(Programme programme, GroupDetails group, ViewerAccess viewer) {
		return of(List.of(group), Map.of(group.programmeId(), programme), viewer).get(group.id());
	}

	/**
	 * The task list of each group, by group id, from the steps its programme uses
	 * ({@code programmes} by id, see {@link #programmes}).
	 */
	public Map<Long, List<Journey.Task>> of(List<GroupDetails> groups, Map<Long, Programme> programmes,
			ViewerAccess viewer) {
		JourneyBatch batch = JourneyBatch.of(groups, viewer);
		Map<Long, Map<String, Journey.Task>> built = new HashMap<>();
		this.steps.forEach((step) -> step.tasks(batch)
			.forEach((groupId, tasks) -> built.computeIfAbsent(groupId, (k) -> new HashMap<>()).putAll(tasks)));
		Map<Long, List<Journey.Task>> lists = new LinkedHashMap<>();
		for (GroupDetails group : groups) {
			Programme programme = programmes.get(group.programmeId());
			lists.put(group.id(),
					Journey.of(programme.steps(), programme.visits(), group, built.getOrDefault(group.id(), Map.of())));
		}
		return lists;
	}

	/** What the person is in the groups and programmes, for {@link #of}. */
	public ViewerAccess viewer(CurrentUser user) {
		return this.access.viewerAccess(user);
	}

	/**
	 * A batch of the given groups as nobody in particular sees them, e.g. to ask a step
	 * for its {@link JourneyStep#overview} outside the overview.
	 */
	public JourneyBatch batch(Collection<Long> groupIds) {
		return JourneyBatch.of(this.groups.details(groupIds), ViewerAccess.NOBODY);
	}

	/** A batch of one group as the viewer sees it. */
	public JourneyBatch batch(GroupDetails group, CurrentUser viewer) {
		return JourneyBatch.of(List.of(group), viewer(viewer));
	}

	/**
	 * What the pages of groups show of their programmes, with the steps each uses and the
	 * visits it plans by default, in one query for any number of programmes.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Programme> programmes(Collection<Long> programmeIds) {
		Map<Long, Programme> programmes = new HashMap<>();
		if (programmeIds.isEmpty()) {
			return programmes;
		}
		this.jdbc.sql("""
				select p.id, p.name, p.format, p.default_visits,
				       array(select s.step from programme_step s where s.programme_id = p.id) as steps
				from programme p where p.id in (:ids)
				""").param("ids", programmeIds).query((rs) -> {
			Set<ProgrammeStep> steps = EnumSet.noneOf(ProgrammeStep.class);
			for (String step : (String[]) rs.getArray("steps").getArray()) {
				steps.add(ProgrammeStep.valueOf(step));
			}
			programmes.put(rs.getLong("id"), new Programme(rs.getLong("id"), rs.getString("name"),
					ProgrammeFormat.valueOf(rs.getString("format")), steps, rs.getInt("default_visits")));
		});
		return programmes;
	}

	/** A programme as the pages of its groups show it, and the journey it gives them. */
	public record Programme(long id, String name, ProgrammeFormat format, Set<ProgrammeStep> steps, int visits) {

		public Programme {
			steps = Set.copyOf(steps);
		}

	}

}
