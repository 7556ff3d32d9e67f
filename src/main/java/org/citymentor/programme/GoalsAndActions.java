package org.citymentor.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learning network's programme is a set of goals, each with actions; every action is
 * served by a group with one mentor organisation and many mentee municipalities. Numbers
 * are kept only where the programme numbers its actions.
 */
@Service
public class GoalsAndActions {

	private final JdbcClient jdbc;

	GoalsAndActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Goal> of(long programmeId) {
		Map<Long, Goal> goals = new LinkedHashMap<>();
		this.jdbc.sql("select id, number, title from programme_goal where programme_id = ? order by sort_order, id")
			.param(programmeId)
			.query((rs, row) -> new Goal(rs.getLong("id"), (Integer) rs.getObject("number"), rs.getString("title"),
					new ArrayList<>()))
			.list()
			.forEach((goal) -> goals.put(goal.id(), goal));
		this.jdbc.sql("""
				select a.id, a.goal_id, a.number, a.title from programme_action a
				join programme_goal g on g.id = a.goal_id where g.programme_id = ?
				order by a.sort_order, a.number nulls last, a.id
				""")
			.param(programmeId)
			.query((rs, row) -> new Action(rs.getLong("id"), rs.getLong("goal_id"), (Integer) rs.getObject("number"),
					rs.getString("title")))
			.list()
			.forEach((action) -> goals.get(action.goalId()).actions().add(action));
		return List.copyOf(goals.values());
	}

	@Transactional
	public long addGoal(long programmeId, Integer number, String title) {
		return this.jdbc.sql("""
				insert into programme_goal (programme_id, number, title, sort_order)
				values (?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from programme_goal where programme_id = ?))
				returning id
				""").params(programmeId, number, title.trim(), programmeId).query(Long.class).single();
	}

	/**
	 * Adds an action to a goal of the programme; empty when the goal is not the
	 * programme's.
	 */
	@Transactional
	public Optional<Long> addAction(long programmeId, long goalId, Integer number, String title) {
		if (!goalBelongs(programmeId, goalId)) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql("""
				insert into programme_action (goal_id, number, title, sort_order)
				values (?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from programme_action where goal_id = ?))
				returning id
				""").params(goalId, number, title.trim(), goalId).query(Long.class).single());
	}

	@Transactional(readOnly = true)
	public boolean goalBelongs(long programmeId, long goalId) {
		return this.jdbc.sql("select exists (select 1 from programme_goal where id = ? and programme_id = ?)")
			.params(goalId, programmeId)
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public boolean actionBelongs(long programmeId, long actionId) {
		return this.jdbc.sql("""
				select exists (select 1 from programme_action a join programme_goal g on g.id = a.goal_id
				               where a.id = ? and g.programme_id = ?)
				""").params(actionId, programmeId).query(Boolean.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<Action> action(long actionId) {
		return this.jdbc.sql("select id, goal_id, number, title from programme_action where id = ?")
			.param(actionId)
			.query((rs, row) -> new Action(rs.getLong("id"), rs.getLong("goal_id"), (Integer) rs.getObject("number"),
					rs.getString("title")))
			.optional();
	}

	/** A goal of the programme with its actions. */
	public record Goal(long id, Integer number, String title, List<Action> actions) {
	}

	/** An action of a goal; its label shows its number when it has one. */
	public record Action(long id, long goalId, Integer number, String title) {

		public String label() {
			return (this.number != null) ? this.number + ". " + this.title : this.title;
		}

	}

}
