package org.citymentor.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.mail.Mailer;
import org.citymentor.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short pulse surveys of a group: four scales and one open question, answered once by
 * each member. Results are only ever shown taken together, and not at all while fewer
 * than {@link #MIN_ANSWERS} people answered, so nobody can be recognised by their answer.
 */
@Service
@Transactional
public class PulseSurveys {

	/** Fewer answers than this and nothing of the results is shown. */
	public static final int MIN_ANSWERS = 5;

	private static final Logger log = LoggerFactory.getLogger(PulseSurveys.class);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final DisplayZone zone;

	private final String baseUrl;

	PulseSurveys(JdbcClient jdbc, Mailer mailer, MessageSource messages, Clock clock, DisplayZone zone,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
		this.baseUrl = baseUrl;
	}

	/**
	 * Schedules a survey that opens on the given day; when that day has come, the members
	 * are invited at once.
	 */
	public long schedule(long groupId, Moment moment, Long visitId, LocalDate opensOn, String who) {
		long id = this.jdbc.sql("""
				insert into pulse_survey (group_id, moment, visit_id, opens_on, created_by) values (?, ?, ?, ?, ?)
				returning id
				""").params(groupId, moment.name(), visitId, opensOn, who).query(Long.class).single();
		if (!opensOn.isAfter(today())) {
			invite(id);
		}
		return id;
	}

	/** The surveys of a group with their number of answers, newest first. */
	@Transactional(readOnly = true)
	public List<Survey> ofGroup(long groupId) {
		return this.jdbc
			.sql("""
					select s.*, v.number as visit_number, (select count(*) from pulse_answer a where a.survey_id = s.id) as answers
					from pulse_survey s left join visit v on v.id = s.visit_id
					where s.group_id = ? order by s.opens_on desc, s.id desc
					""")
			.param(groupId)
			.query((rs, n) -> survey(rs))
			.list();
	}

	/** A survey of this group; 404 for an id of another group. */
	@Transactional(readOnly = true)
	public Survey require(long groupId, long surveyId) {
		return this.jdbc
			.sql("""
					select s.*, v.number as visit_number, (select count(*) from pulse_answer a where a.survey_id = s.id) as answers
					from pulse_survey s left join visit v on v.id = s.visit_id
					where s.id = ? and s.group_id = ?
					""")
			.params(surveyId, groupId)
			.query((rs, n) -> survey(rs))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	public boolean isOpen(Survey survey) {
		return !survey.opensOn().isAfter(today());
	}

	@Transactional(readOnly = true)
	public boolean hasAnswered(long surveyId, long userId) {
		return this.jdbc.sql("select exists (select 1 from pulse_answer where survey_id = ? and user_id = ?)")
			.params(surveyId, userId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records one person's answer; false when they answered this survey already (the
	 * database keeps one answer per person and survey).
	 */
	public boolean answer(long surveyId, long userId, Map<Question, Integer> scores, String openAnswer) {
		return this.jdbc.sql("""
				insert into pulse_answer (survey_id, user_id, useful, heard, progress, energy, open_answer, answered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (survey_id, user_id) do nothing
				""")
			.params(surveyId, userId, scores.get(Question.USEFUL), scores.get(Question.HEARD),
					scores.get(Question.PROGRESS), scores.get(Question.ENERGY), openAnswer,
					Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/**
	 * The answers taken together: per question the count, average and how many chose each
	 * level, and the open answers in alphabetical order. Withheld entirely while fewer
	 * than {@link #MIN_ANSWERS} people answered.
	 */
	@Transactional(readOnly = true)
	public Results results(long surveyId) {
		int count = this.jdbc.sql("select count(*) from pulse_answer where survey_id = ?")
			.param(surveyId)
			.query(Integer.class)
			.single();
		if (count < MIN_ANSWERS) {
			return new Results(count, true, Map.of(), List.of());
		}
		Map<Question, int[]> levels = new EnumMap<>(Question.class);
		for (Question question : Question.values()) {
			levels.put(question, new int[5]);
		}
		List<String> open = new ArrayList<>();
		this.jdbc.sql("select useful, heard, progress, energy, open_answer from pulse_answer where survey_id = ?")
			.param(surveyId)
			.query((rs) -> {
				for (Question question : Question.values()) {
					levels.get(question)[rs.getInt(question.column()) - 1]++;
				}
				String text = rs.getString("open_answer");
				if (text != null && !text.isBlank()) {
					open.add(text);
				}
			});
		open.sort(String.CASE_INSENSITIVE_ORDER);
		Map<Question, Aggregate> aggregates = new EnumMap<>(Question.class);
		levels.forEach((question, counts) -> {
			int sum = 0;
			for (int level = 1; level <= 5; level++) {
				sum += level * counts[level - 1];
			}
			aggregates.put(question, new Aggregate(count, Math.round(sum * 10.0 / count) / 10.0,
					java.util.Arrays.stream(counts).boxed().toList()));
		});
		return new Results(count, false, aggregates, open);
	}

	@Scheduled(cron = "${citymentor.pulse-invitations.cron:0 0 7 * * *}", zone = "${citymentor.time-zone}")
	void daily() {
		int sent = inviteDue();
		if (sent > 0) {
			log.info("Invited the members of {} pulse survey(s)", sent);
		}
	}

	/**
	 * Invites the members of every survey that opened and whose members were not invited
	 * yet.
	 * @return how many surveys were sent
	 */
	public int inviteDue() {
		List<Long> due = this.jdbc
			.sql("select id from pulse_survey where invited_at is null and opens_on <= ? order by id")
			.param(today())
			.query(Long.class)
			.list();
		int sent = 0;
		for (Long id : due) {
			if (invite(id)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Claims the survey's invitation (so it goes out once, also with several instances)
	 * and e-mails the group's current members in their language.
	 */
	private boolean invite(long surveyId) {
		boolean claimed = this.jdbc.sql("update pulse_survey set invited_at = ? where id = ? and invited_at is null")
			.params(Timestamp.from(this.clock.instant()), surveyId)
			.update() == 1;
		if (!claimed) {
			return false;
		}
		record Person(long groupId, String groupTitle, String email, String name, String language) {
		}
		List<Person> people = this.jdbc.sql("""
				select g.id as group_id, g.title, u.email, u.display_name, u.preferred_language
				from pulse_survey s join mentoring_group g on g.id = s.group_id
				join group_member m on m.group_id = g.id and m.removed_at is null
				join app_user u on u.id = m.user_id
				where s.id = ? and u.enabled order by u.id
				""")
			.param(surveyId)
			.query((rs, n) -> new Person(rs.getLong("group_id"), rs.getString("title"), rs.getString("email"),
					rs.getString("display_name"), rs.getString("preferred_language")))
			.list();
		for (Person person : people) {
			Locale locale = Locale.forLanguageTag(person.language());
			String link = this.baseUrl + "/groups/" + person.groupId() + "/pulse-surveys/" + surveyId;
			this.mailer.send(person.email(),
					this.messages.getMessage("evaluation.pulse.mail.subject", new Object[] { person.groupTitle() },
							locale),
					this.messages.getMessage("evaluation.pulse.mail.body", new Object[] { person.name(),
							person.groupTitle(), link,
							DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(today()) },
							locale));
		}
		return true;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone.zone()));
	}

	private static Survey survey(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Survey(rs.getLong("id"), rs.getLong("group_id"), Moment.valueOf(rs.getString("moment")),
				(Integer) rs.getObject("visit_number"), rs.getObject("opens_on", LocalDate.class),
				rs.getInt("answers"));
	}

	/** When a survey is asked. */
	public enum Moment {

		AFTER_VISIT, MIDWAY, DATE

	}

	/** The fixed questions, each answered from 1 to 5. */
	public enum Question {

		USEFUL("useful"), HEARD("heard"), PROGRESS("progress"), ENERGY("energy");

		private final String column;

		Question(String column) {
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

	/**
	 * A scheduled survey.
	 *
	 * @param visitNumber the visit it follows, for surveys after a visit
	 */
	public record Survey(long id, long groupId, Moment moment, Integer visitNumber, LocalDate opensOn, int answers) {
	}

	/**
	 * One question taken together: how many chose level 1, 2, … 5 (index 0 is level 1).
	 */
	public record Aggregate(int count, double average, List<Integer> distribution) {

		/** The share of answers at a level, in percent, for the bars. */
		public int percent(int level) {
			return (this.count == 0) ? 0 : Math.round(this.distribution.get(level - 1) * 100f / this.count);
		}

	}

	/**
	 * @param withheld true while fewer than {@link #MIN_ANSWERS} answered: then nothing
	 * but the count is given
	 */
	public record Results(int count, boolean withheld, Map<Question, Aggregate> questions, List<String> openAnswers) {
	}

}
