package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.actionplan.PlanContent.Part;
import org.citymentor.form.FormLockedException;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts and actions of a plan's draft: adding, changing, reordering, moving and
 * removing them. Every change locks the plan's document row, refuses a submitted plan and
 * counts as a change of the draft, so a version is never submitted from a draft the
 * person did not see. Each action carries its own optimistic-locking counter: two people
 * editing two rows never disturb each other, two editing one row get a conflict.
 */
@Service
@Transactional
public class PlanActions {

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanActions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The parts of a plan with their actions and indicators, in one query. */
	@Transactional(readOnly = true)
	public PlanContent content(long documentId) {
		Map<Long, Part> parts = new LinkedHashMap<>();
		Map<Long, Action> actions = new HashMap<>();
		this.jdbc.sql("""
				select pp.id as p_id, pp.title as p_title, pp.version as p_version, a.*,
				       i.indicator_key as i_key, i.name as i_name, i.target as i_target, i.unit as i_unit
				from plan_part pp
				left join plan_action a on a.part_id = pp.id and a.document_id = pp.document_id
				left join plan_indicator i on i.action_id = a.id
				where pp.document_id = ?
				order by pp.position, pp.id, a.position, a.id, i.position
				""").param(documentId).query((rs) -> {
			long partId = rs.getLong("p_id");
			Part part = parts.get(partId);
			if (part == null) {
				part = new Part(partId, parts.size(), rs.getString("p_title"), rs.getLong("p_version"),
						new ArrayList<>());
				parts.put(partId, part);
			}
			long actionId = rs.getLong("id");
			if (rs.wasNull()) {
				return;
			}
			Action action = actions.get(actionId);
			if (action == null) {
				action = action(rs, new ArrayList<>());
				actions.put(actionId, action);
				part.actions().add(action);
			}
			if (rs.getObject("i_key") != null) {
				action.indicators()
					.add(new Indicator(rs.getObject("i_key", UUID.class), rs.getString("i_name"),
							rs.getBigDecimal("i_target"), rs.getString("i_unit")));
			}
		});
		return new PlanContent(List.copyOf(parts.values()));
	}

	private static Action action(ResultSet rs, List<Indicator> indicators) throws SQLException {
		return new Action(rs.getLong("id"), rs.getObject("action_key", UUID.class), rs.getInt("position"),
				rs.getString("title"), rs.getString("outcomes"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getBoolean("by_month"), rs.getString("lead_name"),
				(Long) rs.getObject("lead_user_id"), rs.getString("resources"), rs.getBigDecimal("funding"),
				rs.getString("measuring"), rs.getLong("version"), indicators);
	}

	public long addPart(long documentId, String title, String who) {
		touch(documentId, who);
		int position = this.jdbc.sql("select count(*) from plan_part where document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
		return this.jdbc.sql("insert into plan_part (document_id, position, title) values (?, ?, ?) returning id")
			.params(documentId, position, title)
			.query(Long.class)
			.single();
	}

	public void renamePart(long documentId, long partId, long expectedVersion, String title, String who) {
		touch(documentId, who);
		requirePart(documentId, partId);
		int updated = this.jdbc.sql(
				"update plan_part set title = ?, version = version + 1 where id = ? and document_id = ? and version = ?")
			.params(title, partId, documentId, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	/**
	 * Removes an empty part; a part with actions is refused (move or remove them first).
	 */
	public void removePart(long documentId, long partId, String who) {
		touch(documentId, who);
		requirePart(documentId, partId);
		int actions = this.jdbc.sql("select count(*) from plan_action where part_id = ?")
			.param(partId)
			.query(Integer.class)
			.single();
		if (actions > 0) {
			throw new PlanRuleException("plan.error.partNotEmpty");
		}
		this.jdbc.sql("delete from plan_part where id = ?").param(partId).update();
		renumberParts(documentId);
	}

	/** Moves a part one place up (-1) or down (+1). */
	public void movePart(long documentId, long partId, int delta, String who) {
		touch(documentId, who);
		requirePart(documentId, partId);
		List<Long> ids = new ArrayList<>(
				this.jdbc.sql("select id from plan_part where document_id = ? order by position, id")
					.param(documentId)
					.query(Long.class)
					.list());
		swap(ids, ids.indexOf(partId), delta);
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("update plan_part set position = ? where id = ?").params(i, ids.get(i)).update();
		}
	}

	public UUID addAction(long documentId, long partId, ActionInput input, String who) {
		touch(documentId, who);
		requirePart(documentId, partId);
		UUID key = UUID.randomUUID();
		int position = this.jdbc.sql("select count(*) from plan_action where part_id = ?")
			.param(partId)
			.query(Integer.class)
			.single();
		long id = this.jdbc
			.sql("""
					insert into plan_action (document_id, part_id, action_key, position, title, outcomes, starts_on, ends_on,
					    by_month, lead_name, lead_user_id, resources, funding, measuring, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(documentId, partId, key, position, input.title(), input.outcomes(), input.startsOn(),
					input.endsOn(), input.byMonth(), input.leadName(), input.leadUserId(), input.resources(),
					input.funding(), input.measuring(), now(), who)
			.query(Long.class)
			.single();
		saveIndicators(id, input.indicators());
		return key;
	}

	/**
	 * Changes an action.
	 * @throws StaleEditException when someone changed the same action since the person
	 * opened it
	 */
	public void updateAction(long documentId, UUID key, long expectedVersion, ActionInput input, String who) {
		touch(documentId, who);
		long id = requireAction(documentId, key);
		int updated = this.jdbc.sql("""
				update plan_action set title = ?, outcomes = ?, starts_on = ?, ends_on = ?, by_month = ?, lead_name = ?,
				    lead_user_id = ?, resources = ?, funding = ?, measuring = ?, updated_at = ?, updated_by = ?,
				    version = version + 1
				where id = ? and version = ?
				""")
			.params(input.title(), input.outcomes(), input.startsOn(), input.endsOn(), input.byMonth(),
					input.leadName(), input.leadUserId(), input.resources(), input.funding(), input.measuring(), now(),
					who, id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		saveIndicators(id, input.indicators());
	}

	public void removeAction(long documentId, UUID key, String who) {
		touch(documentId, who);
		long id = requireAction(documentId, key);
		long partId = partOf(id);
		this.jdbc.sql("delete from plan_action where id = ?").param(id).update();
		renumberActions(partId);
	}

	/** Moves an action one place up (-1) or down (+1) within its part. */
	public void moveAction(long documentId, UUID key, int delta, String who) {
		touch(documentId, who);
		long id = requireAction(documentId, key);
		long partId = partOf(id);
		List<Long> ids = new ArrayList<>(actionIds(partId));
		swap(ids, ids.indexOf(id), delta);
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("update plan_action set position = ? where id = ?").params(i, ids.get(i)).update();
		}
	}

	/** Moves an action to the end of another part of the same plan. */
	public void moveToPart(long documentId, UUID key, long partId, String who) {
		touch(documentId, who);
		long id = requireAction(documentId, key);
		requirePart(documentId, partId);
		long from = partOf(id);
		if (from == partId) {
			return;
		}
		int position = actionIds(partId).size();
		this.jdbc.sql("update plan_action set part_id = ?, position = ? where id = ?")
			.params(partId, position, id)
			.update();
		renumberActions(from);
	}

	/**
	 * Locks the plan's document, refuses a submitted one and records the change of the
	 * draft.
	 */
	private void touch(long documentId, String who) {
		int updated = this.jdbc.sql("""
				update form_document set version = version + 1, draft_updated_at = ?, draft_updated_by = ?
				where id = ? and kind = 'ACTION_PLAN' and status = 'DRAFT'
				""").params(now(), who, documentId).update();
		if (updated == 0) {
			throw new FormLockedException();
		}
	}

	private void saveIndicators(long actionId, List<ActionInput.IndicatorInput> indicators) {
		List<UUID> kept = this.jdbc.sql("select indicator_key from plan_indicator where action_id = ?")
			.param(actionId)
			.query(UUID.class)
			.list();
		this.jdbc.sql("delete from plan_indicator where action_id = ?").param(actionId).update();
		int position = 0;
		for (ActionInput.IndicatorInput indicator : indicators) {
			UUID key = (indicator.key() != null && kept.contains(indicator.key())) ? indicator.key()
					: UUID.randomUUID();
			this.jdbc.sql("""
					insert into plan_indicator (action_id, indicator_key, position, name, target, unit)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(actionId, key, position++, indicator.name(), indicator.target(), indicator.unit())
				.update();
		}
	}

	private void requirePart(long documentId, long partId) {
		boolean found = this.jdbc.sql("select count(*) from plan_part where id = ? and document_id = ?")
			.params(partId, documentId)
			.query(Integer.class)
			.single() > 0;
		if (!found) {
			throw new NotFoundException();
		}
	}

	private long requireAction(long documentId, UUID key) {
		return this.jdbc.sql("select id from plan_action where action_key = ? and document_id = ?")
			.params(key, documentId)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private long partOf(long actionId) {
		return this.jdbc.sql("select part_id from plan_action where id = ?").param(actionId).query(Long.class).single();
	}

	private List<Long> actionIds(long partId) {
		return this.jdbc.sql("select id from plan_action where part_id = ? order by position, id")
			.param(partId)
			.query(Long.class)
			.list();
	}

	private void renumberActions(long partId) {
		List<Long> ids = actionIds(partId);
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("update plan_action set position = ? where id = ?").params(i, ids.get(i)).update();
		}
	}

	private void renumberParts(long documentId) {
		List<Long> ids = this.jdbc.sql("select id from plan_part where document_id = ? order by position, id")
			.param(documentId)
			.query(Long.class)
			.list();
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("update plan_part set position = ? where id = ?").params(i, ids.get(i)).update();
		}
	}

	private static void swap(List<Long> ids, int index, int delta) {
		int other = index + Integer.signum(delta);
		if (index < 0 || other < 0 || other >= ids.size()) {
			return;
		}
		Long moved = ids.get(index);
		ids.set(index, ids.get(other));
		ids.set(other, moved);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/** Sum of the known funding of a plan's actions. */
	public static BigDecimal funding(PlanContent content) {
		return content.actions()
			.stream()
			.map(Action::funding)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
