package org.citymentor.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citymentor.export.EvaluationRows;
import org.citymentor.export.TableSink;
import org.citymentor.report.EvaluationFigures;
import org.citymentor.report.ReportPeriod;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted evaluations of a programme for its report (averages per scale) and its
 * evaluations export (one row per evaluation). Drafts never count (decision 2); an
 * evaluation belongs to a period when it was submitted within it.
 */
@Component
@Transactional(readOnly = true)
class EvaluationFiguresForReports implements EvaluationFigures, EvaluationRows {

	private static final List<String> SCALES = List.of("USEFULNESS", "RELATION", "POLICY", "PRACTICE");

	private static final String SUBMITTED = """
			from evaluation e
			join mentoring_group g on g.id = e.group_id
			join group_participant gp on gp.id = e.participant_id
			join organisation o on o.id = gp.organisation_id
			where g.programme_id = :programme and e.status = 'SUBMITTED'
			""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	EvaluationFiguresForReports(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Optional<Averages> averages(long programmeId, ReportPeriod period, Long themeId) {
		return this.jdbc
			.sql("select count(*) as n, avg(e.score_usefulness) as usefulness, "
					+ "count(e.score_usefulness) as usefulness_n, avg(e.score_relation) as relation, "
					+ "count(e.score_relation) as relation_n, avg(e.score_policy) as policy, "
					+ "count(e.score_policy) as policy_n, avg(e.score_practice) as practice, "
					+ "count(e.score_practice) as practice_n " + SUBMITTED
					+ """
							  and e.submitted_at::date >= :from and e.submitted_at::date <= :to
							  and (:theme = 0 or exists (select 1 from group_theme t where t.group_id = g.id and t.theme_id = :theme))
							""")
			.param("programme", programmeId)
			.param("from", period.fromOrEarliest())
			.param("to", period.toOrLatest())
			.param("theme", (themeId != null) ? themeId : 0L)
			.query((rs, row) -> averages(rs))
			.optional()
			.filter((a) -> a.evaluations() > 0);
	}

	private static Averages averages(ResultSet rs) throws SQLException {
		List<Score> scores = new ArrayList<>();
		for (String scale : SCALES) {
			int answers = rs.getInt(scale.toLowerCase(Locale.ROOT) + "_n");
			if (answers > 0) {
				scores
					.add(new Score("evaluation.scale." + scale, rs.getDouble(scale.toLowerCase(Locale.ROOT)), answers));
			}
		}
		return new Averages(rs.getInt("n"), scores);
	}

	@Override
	public List<String> header(Locale locale) {
		List<String> header = new ArrayList<>(
				Arrays.asList(text("export.column.group", locale), text("export.column.organisation", locale),
						text("evaluation.export.side", locale), text("evaluation.export.submittedOn", locale)));
		SCALES.forEach((scale) -> header.add(text("evaluation.scale." + scale, locale)));
		header.addAll(List.of(text("evaluation.export.timeSpent", locale),
				text("evaluation.export.mentorAgain", locale), text("evaluation.export.policyChanges", locale)));
		return header;
	}

	@Override
	public void each(long programmeId, Locale locale, TableSink sink) {
		this.jdbc
			.sql("select g.title, o.name, e.side, e.submitted_at::date as submitted_on, e.score_usefulness, "
					+ "e.score_relation, e.score_policy, e.score_practice, e.time_amount, e.time_unit, e.mentor_again, "
					+ "e.policy_changes " + SUBMITTED + " order by g.title, o.name, e.side")
			.param("programme", programmeId)
			.query((ResultSet rs) -> sink.row(row(rs, locale)));
	}

	private List<String> row(ResultSet rs, Locale locale) throws SQLException {
		List<String> cells = new ArrayList<>(Arrays.asList(rs.getString("title"), rs.getString("name"),
				text("evaluation.side." + rs.getString("side"), locale), rs.getString("submitted_on")));
		for (String scale : List.of("score_usefulness", "score_relation", "score_policy", "score_practice")) {
			cells.add(rs.getString(scale));
		}
		String unit = rs.getString("time_unit");
		cells.add((rs.getString("time_amount") != null && unit != null)
				? rs.getBigDecimal("time_amount").stripTrailingZeros().toPlainString() + " "
						+ text("evaluation.timeUnit." + unit, locale)
				: null);
		String again = rs.getString("mentor_again");
		cells.add((again != null) ? text("evaluation.mentorAgain." + again, locale) : null);
		cells.add(rs.getString("policy_changes"));
		return cells;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
