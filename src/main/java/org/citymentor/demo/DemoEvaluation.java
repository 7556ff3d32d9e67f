package org.citymentor.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.evaluation.Closings;
import org.citymentor.evaluation.Evaluation;
import org.citymentor.evaluation.EvaluationInput;
import org.citymentor.evaluation.EvaluationSide;
import org.citymentor.evaluation.Evaluations;
import org.citymentor.evaluation.Lessons;
import org.citymentor.evaluation.PlanActionsToTick;
import org.citymentor.evaluation.PulseSurveys;
import org.citymentor.programme.Themes;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The close of IncluCities' Capaci–Mechelen group in 2023: both sides' submitted
 * evaluations, the coordinator's closing summary, the group closed, two published
 * lessons, and a pulse survey after the third visit with two answers (too few to show).
 */
@Component
@Order(50)
class DemoEvaluation implements DemoPart {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final Evaluations evaluations;

	private final PlanActionsToTick planActions;

	private final Closings closings;

	private final Lessons lessons;

	private final PulseSurveys surveys;

	private final Themes themes;

	private final JdbcClient jdbc;

	DemoEvaluation(Evaluations evaluations, PlanActionsToTick planActions, Closings closings, Lessons lessons,
			PulseSurveys surveys, Themes themes, JdbcClient jdbc) {
		this.evaluations = evaluations;
		this.planActions = planActions;
		this.closings = closings;
		this.lessons = lessons;
		this.surveys = surveys;
		this.themes = themes;
		this.jdbc = jdbc;
	}

	@Override
	public void create(Map<String, Long> org, Map<String, Long> people) {
		long group = this.jdbc.sql("select id from mentoring_group where title like 'Building a city for all%'")
			.query(Long.class)
			.single();
		long capaci = participant(group, org.get("Capaci"));
		long mechelen = participant(group, org.get("Mechelen"));

		List<Evaluation.ImplementedAction> offered = this.planActions.of(group, capaci);
		this.evaluations.save(group, capaci, EvaluationSide.MENTEE, -1, new EvaluationInput(
				"The council adopted the long-term plan 'A town for all' in 2022. The welcome desk now has fixed opening hours "
						+ "and a volunteer who speaks Arabic, and the social services invite the associations of new residents "
						+ "to their planning meeting twice a year.",
				"Seeing Mechelen's neighbourhood teams at work during the second visit; a small group of officers who kept "
						+ "meeting between visits; the mayor's presence at the third visit.",
				"Staff changes in the social services in 2022 and a budget that was only known late in the year.",
				"Mechelen asked questions more than it gave answers, which made us find our own way. We would have liked "
						+ "one more online meeting before the third visit.",
				"A welcome evening for new residents in the library, not in the plan, came out of the second visit.",
				null, null, null, null, null,
				Map.of(EvaluationInput.Scale.USEFULNESS, 5, EvaluationInput.Scale.RELATION, 5,
						EvaluationInput.Scale.POLICY, 4, EvaluationInput.Scale.PRACTICE, 3),
				"We would join a programme like this again.",
				offered.stream()
					.map(Evaluation.ImplementedAction::key)
					.limit(Math.max(offered.size() - 1, 0))
					.toList()),
				offered.stream().limit(Math.max(offered.size() - 1, 0)).toList(), "Giulia Russo", true);
		this.evaluations.save(group, mechelen, EvaluationSide.MENTOR, -1, new EvaluationInput(null, null, null, null,
				null,
				"Explaining our buddy project to a town of about 11,000 people made us see which parts only work in a large city. "
						+ "Capaci's way of involving its associations from the start was a lesson for us.",
				"Our welcome desk now asks new residents which associations they already know, an idea from Capaci.",
				new BigDecimal("96"), Evaluation.TimeUnit.HOURS, "YES",
				Map.of(EvaluationInput.Scale.USEFULNESS, 4, EvaluationInput.Scale.RELATION, 5,
						EvaluationInput.Scale.POLICY, 3, EvaluationInput.Scale.PRACTICE, 4),
				null, List.of()), List.of(), "Sofie Peeters", true);
		dated("evaluation", "submitted_at", "participant_id = " + capaci, LocalDateTime.of(2023, 10, 12, 15, 0));
		dated("evaluation", "submitted_at", "participant_id = " + mechelen, LocalDateTime.of(2023, 10, 19, 10, 30));

		this.closings.saveSummary(group, -1,
				"Capaci set out to build, with its residents and partners, a shared vision of a town where everyone belongs. "
						+ "After three visits its council adopted a long-term plan and the buddy pilot runs with volunteers. "
						+ "The welcome evenings continue without the programme. Both cities rate the relationship highly; "
						+ "Mechelen took ideas home as well.",
				Closings.Outcome.ACHIEVED, "Claire Dumont");
		this.closings.close(group, new Actor(people.get("coordinator@cemr.example.org"), "Claire Dumont"));
		dated("group_closing", "closed_at", "group_id = " + group, LocalDateTime.of(2023, 11, 30, 16, 0));

		long first = this.lessons.write(group, capaci, new Lessons.LessonInput(
				"Let the associations of new residents write the plan with you",
				"Our first list of actions was written by officers. It changed when the associations sat at the table: "
						+ "they knew where new residents actually meet. Invite them before the first visit, not after.",
				Set.of(this.themes.idOf("participation")), true));
		long second = this.lessons.write(group, mechelen, new Lessons.LessonInput(
				"Mentoring a small town teaches a large city what is essential",
				"Our buddy project rests on staff a small town does not have. Explaining it to Capaci showed us "
						+ "which parts are the heart of it: the first meeting and a fixed contact person.",
				Set.of(this.themes.idOf("social-cohesion")), true));
		this.lessons.publish(first, "Claire Dumont");
		this.lessons.publish(second, "Claire Dumont");
		dated("lesson", "published_at", "id = " + first, LocalDateTime.of(2023, 12, 4, 9, 0));
		dated("lesson", "published_at", "id = " + second, LocalDateTime.of(2023, 12, 4, 9, 5));

		pulseSurvey(group, people);
	}

	/**
	 * A survey after the third visit, stored as already sent (the demo sends no e-mail),
	 * with two answers: the page shows that they are too few to show.
	 */
	private void pulseSurvey(long group, Map<String, Long> people) {
		long visit = this.jdbc.sql("select id from visit where group_id = ? and number = 3")
			.param(group)
			.query(Long.class)
			.single();
		long survey = this.jdbc.sql("""
				insert into pulse_survey (group_id, moment, visit_id, opens_on, created_at, created_by, invited_at)
				values (?, 'AFTER_VISIT', ?, ?, ?, 'Claire Dumont', ?) returning id
				""")
			.params(group, visit, LocalDate.of(2022, 6, 15), at(LocalDateTime.of(2022, 6, 1, 10, 0)),
					at(LocalDateTime.of(2022, 6, 15, 7, 0)))
			.query(Long.class)
			.single();
		this.surveys
			.answer(survey, people.get("mentee@capaci.example.org"),
					Map.of(PulseSurveys.Question.USEFUL, 5, PulseSurveys.Question.HEARD, 4,
							PulseSurveys.Question.PROGRESS, 4, PulseSurveys.Question.ENERGY, 5),
					"More time with the partners of the town.");
		this.surveys.answer(survey, people.get("mentor@mechelen.example.org"), Map.of(PulseSurveys.Question.USEFUL, 4,
				PulseSurveys.Question.HEARD, 5, PulseSurveys.Question.PROGRESS, 4, PulseSurveys.Question.ENERGY, 4),
				null);
		this.jdbc.sql("update pulse_answer set answered_at = ? where survey_id = ?")
			.params(at(LocalDateTime.of(2022, 6, 17, 12, 0)), survey)
			.update();
	}

	private long participant(long group, long organisation) {
		return this.jdbc.sql("select id from group_participant where group_id = ? and organisation_id = ?")
			.params(group, organisation)
			.query(Long.class)
			.single();
	}

	/** Gives a row its real date in 2023 (the services stamp today). */
	private void dated(String table, String column, String where, LocalDateTime when) {
		this.jdbc.sql("update " + table + " set " + column + " = ?, updated_at = ? where " + where)
			.params(at(when), at(when))
			.update();
	}

	private static Timestamp at(LocalDateTime when) {
		return Timestamp.from(when.atZone(BRUSSELS).toInstant());
	}

}
