package org.citymentor.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citymentor.actionplan.PlanMonitoring.ActionState;
import org.citymentor.actionplan.PlanMonitoring.Monitoring;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, e-mails the lead of each action of an approved plan whose update is due, in
 * the lead's language and with a link to the progress form. Each reminder is sent once
 * per due date: it is claimed in {@code plan_reminder} before it is sent, so two
 * instances of the application never both send it. People who switched plan reminders off
 * on their account page get none. The schedule is {@code citymentor.plan-reminders.cron}
 * ({@code -} switches the job off).
 */
@Component
@EnableScheduling
public class PlanReminders {

	private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);

	private final JdbcClient jdbc;

	private final PlanActions actions;

	private final PlanProgress progress;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final DisplayZone zone;

	private final String baseUrl;

	PlanReminders(JdbcClient jdbc, PlanActions actions, PlanProgress progress, Mailer mailer, MessageSource messages,
			Clock clock, DisplayZone zone, @Value("${citymentor.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.actions = actions;
		this.progress = progress;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${citymentor.plan-reminders.cron}", zone = "${citymentor.time-zone}")
	void daily() {
		int sent = send(LocalDate.now(this.clock.withZone(this.zone.zone())));
		if (sent > 0) {
			log.info("Sent {} action-plan reminder(s)", sent);
		}
	}

	/**
	 * Sends the reminders due on the given day that were not sent yet.
	 * @return how many were sent
	 */
	@Transactional
	public int send(LocalDate today) {
		int sent = 0;
		for (ApprovedPlan plan : approvedPlans()) {
			PlanContent content = this.actions.content(plan.documentId());
			Monitoring monitoring = PlanMonitoring.of(content, this.progress.recent(plan.documentId()), plan.interval(),
					plan.approvedOn(), today);
			for (ActionState state : monitoring.due()) {
				Long lead = state.action().leadUserId();
				if (lead == null) {
					continue;
				}
				Optional<Recipient> recipient = recipient(lead);
				if (recipient.isPresent() && claim(state)) {
					remind(recipient.get(), plan, state);
					sent++;
				}
			}
		}
		return sent;
	}

	private List<ApprovedPlan> approvedPlans() {
		return this.jdbc.sql("""
				select d.id, d.group_id, d.participant_id, ap.monitoring_interval_months, g.title, o.name,
				       (select max(a.decided_on) from plan_approval a where a.document_id = d.id) as approved_on
				from form_document d
				join action_plan ap on ap.document_id = d.id
				join mentoring_group g on g.id = d.group_id
				join organisation o on o.id = d.organisation_id
				where d.kind = 'ACTION_PLAN' and g.status <> 'CLOSED'
				  and exists (select 1 from plan_approval a where a.document_id = d.id)
				order by d.id
				""")
			.query((rs, n) -> new ApprovedPlan(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getObject("approved_on", LocalDate.class)))
			.list();
	}

	private Optional<Recipient> recipient(long userId) {
		return this.jdbc.sql("""
				select email, display_name, preferred_language from app_user
				where id = ? and enabled and plan_reminders
				""")
			.param(userId)
			.query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** True for the one instance that may send this reminder. */
	private boolean claim(ActionState state) {
		return this.jdbc.sql("insert into plan_reminder (action_key, due_on) values (?, ?) on conflict do nothing")
			.params(state.action().key(), state.dueOn())
			.update() == 1;
	}

	private void remind(Recipient recipient, ApprovedPlan plan, ActionState state) {
		Locale locale = Locale.forLanguageTag(recipient.language());
		String link = this.baseUrl + "/groups/" + plan.groupId() + "/participants/" + plan.participantId()
				+ "/action-plan/actions/" + state.action().key() + "/progress";
		String last = (state.lastUpdate() != null)
				? state.lastUpdate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
				: this.messages.getMessage("planMonitoring.mail.never", null, locale);
		String subject = this.messages.getMessage("planMonitoring.mail.subject",
				new Object[] { state.action().title(), plan.city() }, locale);
		String body = this.messages.getMessage("planMonitoring.mail.body", new Object[] { recipient.displayName(),
				state.action().title(), plan.city(), plan.groupTitle(), last, link }, locale);
		this.mailer.send(recipient.email(), subject, body);
	}

	private record ApprovedPlan(long documentId, long groupId, long participantId, int interval, String groupTitle,
			String city, LocalDate approvedOn) {
	}

	private record Recipient(String email, String displayName, String language) {
	}

}
