package org.citymentor.actionplan;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.shared.web.CsvWriter;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's actions and its progress updates as CSV, for cities that follow their plan in
 * a spreadsheet.
 */
@Component
public class PlanCsv {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	PlanCsv(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** One row per action of the plan as printed. */
	public void actions(PlanPrint plan, Locale locale, PrintWriter out) {
		CsvWriter csv = new CsvWriter(out);
		csv.row(labels(locale, "planExport.csv.part", "planExport.column.action", "planExport.column.outcomes",
				"planExport.csv.start", "planExport.csv.end", "planExport.column.lead", "planExport.column.resources",
				"planExport.csv.funding", "planExport.column.measuring", "planExport.csv.indicators"));
		for (PlanPrint.Row row : plan.rows()) {
			csv.row(java.util.Arrays.asList(row.part(), row.action(), row.outcomes(), row.starts(), row.ends(),
					row.lead(), row.resources(), row.funding(), row.measuring(), String.join("; ", row.indicators())));
		}
		out.flush();
	}

	/**
	 * One row per progress update and observation, oldest first, with the indicator
	 * values against their targets.
	 * @param actions what the actions are called, by key (of the versions the reader may
	 * see); updates of other actions are left out
	 * @param notes whether the notes are shown (group members only)
	 */
	@Transactional(readOnly = true)
	public void progress(long documentId, Map<UUID, PlanPrints.Named> actions, boolean notes, Locale locale,
			PrintWriter out) {
		CsvWriter csv = new CsvWriter(out);
		List<String> header = new ArrayList<>(labels(locale, "planExport.csv.part", "planExport.column.action",
				"planExport.csv.kind", "planExport.csv.date", "planExport.csv.status", "planExport.csv.values",
				"planExport.csv.author"));
		if (notes) {
			header.add(msg("planExport.csv.note", locale));
		}
		csv.row(header);
		Map<Long, Map<UUID, BigDecimal>> values = new LinkedHashMap<>();
		this.jdbc.sql("""
				select v.progress_id, v.indicator_key, v.value from plan_progress_value v
				join plan_progress p on p.id = v.progress_id where p.document_id = ?
				""").param(documentId).query((rs) -> {
			values.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>())
				.put(rs.getObject(2, UUID.class), rs.getBigDecimal(3));
		});
		this.jdbc.sql("""
				select id, action_key, kind, reported_on, status, note, author_name from plan_progress
				where document_id = ? order by reported_on, id
				""").param(documentId).query((rs) -> {
			PlanPrints.Named action = actions.get(rs.getObject("action_key", UUID.class));
			if (action == null) {
				return;
			}
			String status = rs.getString("status");
			List<String> cells = new ArrayList<>(java.util.Arrays.asList(action.part(), action.action().title(),
					msg("planExport.kind." + rs.getString("kind"), locale),
					rs.getObject("reported_on", LocalDate.class).toString(),
					(status != null) ? msg("planExport.status." + status, locale) : null,
					values(action.action(), values.getOrDefault(rs.getLong("id"), Map.of()), locale),
					rs.getString("author_name")));
			if (notes) {
				cells.add(rs.getString("note"));
			}
			csv.row(cells);
		});
		out.flush();
	}

	/** "Buddies trained: 12 of target 40; …" */
	private String values(Action action, Map<UUID, BigDecimal> values, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (Indicator indicator : action.indicators()) {
			BigDecimal value = values.get(indicator.key());
			if (value != null) {
				parts.add(this.messages.getMessage("planExport.csv.value", new Object[] { indicator.name(),
						PlanPrints.plain(value), PlanPrints.plain(indicator.target()) }, locale));
			}
		}
		return String.join("; ", parts);
	}

	private List<String> labels(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map((k) -> msg(k, locale)).toList();
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
