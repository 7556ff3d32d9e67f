package org.citymentor.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citymentor.actionplan.PlanFigures;
import org.citymentor.actionplan.PlanMonitoring.Status;
import org.citymentor.group.GroupStatus;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.report.Chart.Bar;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.web.Countries;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a programme's report in a fixed number of aggregate queries, whatever the
 * number of groups. A group counts when its dates overlap the period (an open end date
 * runs on; a group without a start date counts only when no period is given) and, with a
 * theme, when it works on that theme; visits count when held and starting within the
 * period, meetings when held (not after today) within it, forms and plans when submitted
 * or approved within it, actions as they stood at the period's end.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeFigures {

	private final JdbcClient jdbc;

	private final PlanFigures plans;

	private final ObjectProvider<EvaluationFigures> evaluations;

	private final ObjectProvider<MatchDates> matchDates;

	private final MessageSource messages;

	private final DisplayZone zone;

	private final Clock clock;

	private final ReportCache cache;

	ProgrammeFigures(JdbcClient jdbc, PlanFigures plans, ObjectProvider<EvaluationFigures> evaluations,
			ObjectProvider<MatchDates> matchDates, MessageSource messages, DisplayZone zone, Clock clock,
			ReportCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.plans = plans;
		this.evaluations = evaluations;
		this.matchDates = matchDates;
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
	}

	/**
	 * The report's figures; the same report asked again within a minute (configurable) is
	 * answered from {@link ReportCache}.
	 */
	public Figures compute(long programmeId, ReportPeriod period, Long themeId, Locale locale) {
		return this.cache.get(new ReportCache.Key(programmeId, period, themeId, locale.getLanguage()),
				() -> computeNow(programmeId, period, themeId, locale));
	}

	private Figures computeNow(long programmeId, ReportPeriod period, Long themeId, Locale locale) {
		LocalDate from = period.fromOrEarliest();
		LocalDate to = period.toOrLatest();
		List<Long> groups = groupIds(programmeId, period, themeId);
		Map<String, Long> statuses = groups.isEmpty() ? Map.of() : counts("""
				select status as k, count(*) as n from mentoring_group where id in (:groups) group by status
				""", groups);
		Map<String, Long> formats = groups.isEmpty() ? Map.of() : counts("""
				select case when g.action_id is not null then 'LEARNING_NETWORK' else p.format end as k, count(*) as n
				from mentoring_group g join programme p on p.id = g.programme_id
				where g.id in (:groups) group by 1
				""", groups);
		Map<String, Long> countries = groups.isEmpty() ? Map.of() : counts("""
				select o.country as k, count(distinct o.id) as n
				from group_participant gp join organisation o on o.id = gp.organisation_id
				where gp.group_id in (:groups) group by o.country order by n desc, o.country
				""", groups);
		Totals totals = totals(groups, from, to);
		PlanFigures.Plans plan = this.plans.plans(groups, from, to, this.zone.zone().getId());
		Map<Status, Long> actions = this.plans.actionsByStatus(groups, to);
		Optional<EvaluationFigures.Averages> averages = Optional.ofNullable(this.evaluations.getIfAvailable())
			.flatMap((e) -> e.averages(programmeId, period, themeId));
		return new Figures(groups.size(), statusChart(statuses, locale), formatChart(formats, locale),
				countryChart(countries, locale), countries.values().stream().mapToLong(Long::longValue).sum(),
				totals.onSite(), totals.virtual(), totals.meetings(), totals.people(), totals.needs(), plan.submitted(),
				plan.approved(), actionChart(actions, locale), plan.medianDaysToApproval(),
				medianDaysFromMatching(groups, from, to), averages);
	}

	/**
	 * Median days from a group's published match to its first approved plan, over the
	 * groups that have both (groups set up by hand have no match); null when none.
	 */
	private Double medianDaysFromMatching(List<Long> groups, LocalDate from, LocalDate to) {
		MatchDates dates = this.matchDates.getIfAvailable();
		if (dates == null || groups.isEmpty()) {
			return null;
		}
		Map<Long, LocalDate> matched = dates.publishedOn(groups);
		List<Long> days = new ArrayList<>();
		this.plans.firstApprovals(groups, from, to).forEach((group, approved) -> {
			LocalDate match = matched.get(group);
			if (match != null && !approved.isBefore(match)) {
				days.add(java.time.temporal.ChronoUnit.DAYS.between(match, approved));
			}
		});
		if (days.isEmpty()) {
			return null;
		}
		days.sort(null);
		int middle = days.size() / 2;
		return (days.size() % 2 == 1) ? (double) days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
	}

	private List<Long> groupIds(long programmeId, ReportPeriod period, Long themeId) {
		return this.jdbc
			.sql("""
					select g.id from mentoring_group g
					where g.programme_id = :programme
					  and (:open or (g.start_date is not null and g.start_date <= :to
					                and (g.end_date is null or g.end_date >= :from)))
					  and (:theme = 0 or exists (select 1 from group_theme t where t.group_id = g.id and t.theme_id = :theme))
					""")
			.param("programme", programmeId)
			.param("open", period.from() == null && period.to() == null)
			.param("from", period.fromOrEarliest())
			.param("to", period.toOrLatest())
			.param("theme", (themeId != null) ? themeId : 0L)
			.query(Long.class)
			.list();
	}

	private Totals totals(List<Long> groups, LocalDate from, LocalDate to) {
		if (groups.isEmpty()) {
			return new Totals(0, 0, 0, 0, 0);
		}
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone.zone()));
		return this.jdbc.sql("""
				select (select count(*) from visit where group_id in (:groups) and status = 'HELD' and mode = 'ON_SITE'
				        and starts_on between :from and :to) as on_site,
				       (select count(*) from visit where group_id in (:groups) and status = 'HELD' and mode = 'VIRTUAL'
				        and starts_on between :from and :to) as virtual,
				       (select count(*) from group_meeting where group_id in (:groups)
				        and held_on between :from and least(:to, :today)) as meetings,
				       (select count(distinct user_id) from group_member where group_id in (:groups)
				        and removed_at is null) as people,
				       (select count(distinct d.id) from form_document d join form_version v on v.document_id = d.id
				        where d.kind = 'NEEDS_ANALYSIS' and d.group_id in (:groups)
				        and (v.submitted_at at time zone :zone)::date between :from and :to) as needs
				""")
			.param("groups", groups)
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.param("zone", this.zone.zone().getId())
			.query((rs, n) -> new Totals(rs.getLong("on_site"), rs.getLong("virtual"), rs.getLong("meetings"),
					rs.getLong("people"), rs.getLong("needs")))
			.single();
	}

	private Map<String, Long> counts(String sql, List<Long> groups) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("groups", groups).query((rs) -> {
			counts.put(rs.getString("k"), rs.getLong("n"));
		});
		return counts;
	}

	private Chart statusChart(Map<String, Long> counts, Locale locale) {
		List<Bar> bars = new ArrayList<>();
		for (GroupStatus status : GroupStatus.values()) {
			bars.add(new Bar(text("group.status." + status.name(), locale), counts.getOrDefault(status.name(), 0L)));
		}
		return new Chart("status", text("report.chart.status", locale), bars);
	}

	private Chart formatChart(Map<String, Long> counts, Locale locale) {
		List<Bar> bars = new ArrayList<>();
		for (ProgrammeFormat format : ProgrammeFormat.values()) {
			bars.add(
					new Bar(text("programme.format." + format.name(), locale), counts.getOrDefault(format.name(), 0L)));
		}
		return new Chart("format", text("report.chart.format", locale), bars);
	}

	private Chart countryChart(Map<String, Long> counts, Locale locale) {
		List<Bar> bars = new ArrayList<>();
		counts.forEach((code, n) -> bars.add(new Bar(Countries.countryName(code, locale), n)));
		return new Chart("country", text("report.chart.country", locale), bars);
	}

	private Chart actionChart(Map<Status, Long> counts, Locale locale) {
		List<Bar> bars = new ArrayList<>();
		for (Status status : Status.values()) {
			bars.add(new Bar(text("report.actionStatus." + status.name(), locale), counts.getOrDefault(status, 0L),
					status.name().toLowerCase(Locale.ROOT)));
		}
		return new Chart("actions", text("report.chart.actions", locale), bars);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private record Totals(long onSite, long virtual, long meetings, long people, long needs) {
	}

}
