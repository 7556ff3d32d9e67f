package org.citymentor.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.citymentor.actionplan.PlanFigures;
import org.citymentor.shared.DisplayZone;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a programme's data set row by row: each query runs with a cursor (a fetch size
 * inside a read-only transaction), and each row goes to the sink as it arrives, so a
 * programme of any size never sits in memory. Nothing confidential is in it: no notes, no
 * drafts, no meeting links; actions as their latest submitted version holds them.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeExports {

	private final NamedParameterJdbcTemplate jdbc;

	private final PlanFigures plans;

	private final ObjectProvider<EvaluationRows> evaluations;

	private final MessageSource messages;

	private final DisplayZone zone;

	private final Clock clock;

	ProgrammeExports(DataSource dataSource, PlanFigures plans, ObjectProvider<EvaluationRows> evaluations,
			MessageSource messages, DisplayZone zone, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(500);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.plans = plans;
		this.evaluations = evaluations;
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
	}

	/** Whether the evaluation module is there to fill the evaluations export. */
	public boolean hasEvaluations() {
		return this.evaluations.getIfAvailable() != null;
	}

	/**
	 * Writes the header and every row of the data set.
	 * @param withEmails whether the reader may see the e-mail addresses of people
	 */
	public void write(long programmeId, Dataset dataset, boolean withEmails, Locale locale, TableSink sink) {
		switch (dataset) {
			case GROUPS -> groups(programmeId, locale, sink);
			case PARTICIPANTS -> participants(programmeId, withEmails, locale, sink);
			case VISITS -> visits(programmeId, locale, sink);
			case ACTIONS -> actions(programmeId, locale, sink);
			case EVALUATIONS -> evaluations(programmeId, locale, sink);
		}
	}

	private void groups(long programmeId, Locale locale, TableSink sink) {
		sink.row(header(locale, "group", "status", "format", "start", "end", "themes", "mentees", "mentors", "people",
				"visitsHeld", "meetings"));
		query("""
				select g.title, g.status, case when g.action_id is not null then 'LEARNING_NETWORK' else p.format end as format,
				       g.start_date, g.end_date,
				       (select string_agg(case when :dutch then t.label_nl else t.label_en end, '; ' order by t.sort_order)
				        from group_theme gt join theme t on t.id = gt.theme_id where gt.group_id = g.id) as themes,
				       (select string_agg(o.name, '; ' order by o.name) from group_participant gp
				        join organisation o on o.id = gp.organisation_id where gp.group_id = g.id and gp.side = 'MENTEE') as mentees,
				       (select string_agg(o.name, '; ' order by o.name) from group_participant gp
				        join organisation o on o.id = gp.organisation_id where gp.group_id = g.id and gp.side = 'MENTOR') as mentors,
				       (select count(*) from group_member m where m.group_id = g.id and m.removed_at is null) as people,
				       (select count(*) from visit v where v.group_id = g.id and v.status = 'HELD') as visits_held,
				       (select count(*) from group_meeting gm where gm.group_id = g.id and gm.held_on <= :today) as meetings
				from mentoring_group g join programme p on p.id = g.programme_id
				where g.programme_id = :programme order by g.title, g.id
				""",
				params(programmeId).addValue("dutch", "nl".equals(locale.getLanguage())).addValue("today", today()),
				(rs) -> sink.row(Arrays.asList(rs.getString("title"),
						label("group.status.", rs.getString("status"), locale),
						label("programme.format.", rs.getString("format"), locale), date(rs, "start_date"),
						date(rs, "end_date"), rs.getString("themes"), rs.getString("mentees"), rs.getString("mentors"),
						rs.getString("people"), rs.getString("visits_held"), rs.getString("meetings"))));
	}

	private void participants(long programmeId, boolean withEmails, Locale locale, TableSink sink) {
		List<String> header = new ArrayList<>(
				header(locale, "group", "organisation", "country", "side", "role", "person", "memberRole"));
		if (withEmails) {
			header.add(text("export.column.email", locale));
		}
		sink.row(header);
		query("""
				select g.title, o.name, o.country, gp.side, gp.role, u.display_name, u.email, m.role as member_role
				from group_participant gp join mentoring_group g on g.id = gp.group_id
				     join organisation o on o.id = gp.organisation_id
				     left join group_member m on m.participant_id = gp.id and m.removed_at is null
				     left join app_user u on u.id = m.user_id
				where g.programme_id = :programme
				order by g.title, g.id, gp.side, o.name, u.display_name
				""", params(programmeId), (rs) -> {
			List<String> row = new ArrayList<>(Arrays.asList(rs.getString("title"), rs.getString("name"),
					rs.getString("country"), label("group.side.", rs.getString("side"), locale),
					label("group.role.", rs.getString("role"), locale), rs.getString("display_name"),
					label("group.memberRole.", rs.getString("member_role"), locale)));
			if (withEmails) {
				row.add(rs.getString("email"));
			}
			sink.row(row);
		});
	}

	private void visits(long programmeId, Locale locale, TableSink sink) {
		sink.row(header(locale, "group", "visit", "host", "mode", "place", "start", "end", "visitStatus"));
		query("""
				select g.title, v.number, o.name as host, v.mode, v.place, v.starts_on, v.ends_on, v.status
				from visit v join mentoring_group g on g.id = v.group_id
				     left join organisation o on o.id = v.host_organisation_id
				where g.programme_id = :programme order by g.title, g.id, v.number
				""", params(programmeId), (rs) -> sink.row(Arrays.asList(rs.getString("title"), rs.getString("number"),
				rs.getString("host"), label("visit.mode.", rs.getString("mode"), locale), rs.getString("place"),
				date(rs, "starts_on"), date(rs, "ends_on"), label("visit.status.", rs.getString("status"), locale))));
	}

	private void actions(long programmeId, Locale locale, TableSink sink) {
		sink.row(header(locale, "group", "organisation", "planVersion", "approvedVersion", "part", "action", "start",
				"end", "lead", "actionStatus", "lastUpdate"));
		String yes = text("export.yes", locale);
		String no = text("export.no", locale);
		this.plans.eachAction(programmeId,
				(a) -> sink.row(Arrays.asList(a.groupTitle(), a.organisation(), String.valueOf(a.version()),
						a.approvedVersion() ? yes : no, a.part(), a.title(), a.startsOn(), a.endsOn(), a.leadName(),
						label("report.actionStatus.", a.status().name(), locale),
						(a.lastUpdate() != null) ? a.lastUpdate().toString() : null)));
	}

	private void evaluations(long programmeId, Locale locale, TableSink sink) {
		EvaluationRows rows = this.evaluations.getIfAvailable();
		if (rows == null) {
			sink.row(List.of(text("export.noEvaluations", locale)));
			return;
		}
		sink.row(rows.header(locale));
		rows.each(programmeId, locale, sink);
	}

	private void query(String sql, MapSqlParameterSource params, RowCallbackHandler handler) {
		this.jdbc.query(sql, params, handler);
	}

	private static MapSqlParameterSource params(long programmeId) {
		return new MapSqlParameterSource("programme", programmeId);
	}

	private List<String> header(Locale locale, String... columns) {
		return Arrays.stream(columns).map((c) -> text("export.column." + c, locale)).toList();
	}

	private String label(String prefix, String value, Locale locale) {
		return (value == null) ? null : text(prefix + value, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone.zone()));
	}

	private static String date(ResultSet rs, String column) throws SQLException {
		LocalDate date = rs.getObject(column, LocalDate.class);
		return (date != null) ? date.toString() : null;
	}

}
