package org.citymentor.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.benchmark.Assessment;
import org.citymentor.benchmark.BenchmarkFixtures;
import org.citymentor.benchmark.BenchmarkVersion;
import org.citymentor.benchmark.Benchmarks;
import org.citymentor.benchmark.SelfAssessments;
import org.citymentor.evaluation.EvaluationInput;
import org.citymentor.evaluation.EvaluationSide;
import org.citymentor.evaluation.Evaluations;
import org.citymentor.evaluation.Lessons;
import org.citymentor.evaluation.PulseSurveys;
import org.citymentor.learning.AfterSession;
import org.citymentor.learning.JoinRequests;
import org.citymentor.learning.LearningFixture;
import org.citymentor.learning.Registrations;
import org.citymentor.matching.Application;
import org.citymentor.matching.Applications;
import org.citymentor.matching.Call;
import org.citymentor.matching.CallData;
import org.citymentor.matching.Calls;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.personaldata.FormerMember;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.citymentor.training.Expectations;
import org.citymentor.training.TrainingData;
import org.citymentor.training.TrainingMode;
import org.citymentor.training.Trainings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The holders of benchmark, matching, training, learning and evaluation: a mentee-city
 * officer leaves data in each, finds it in their download, and after their erasure no
 * column of any table holds their name or address while what they wrote stays.
 */
@CityMentorTest
class PrivacyNewModulesTest {

	@Autowired
	LearningFixture learning;

	@Autowired
	FormFixtures forms;

	@Autowired
	BenchmarkFixtures benchmarkFixtures;

	@Autowired
	Benchmarks benchmarks;

	@Autowired
	SelfAssessments assessments;

	@Autowired
	Calls calls;

	@Autowired
	Applications applications;

	@Autowired
	Trainings trainings;

	@Autowired
	Expectations expectations;

	@Autowired
	Registrations registrations;

	@Autowired
	AfterSession afterSession;

	@Autowired
	JoinRequests joinRequests;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Lessons lessons;

	@Autowired
	PulseSurveys pulse;

	@Autowired
	AccountService accounts;

	@Autowired
	Privacy privacy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNewModulesExportAndForgetThePersonAndKeepWhatTheyWrote() throws Exception {
		LearningFixture.Fixture session = this.learning.create(true, null);
		FormFixture f = session.group();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = "Ines Varga " + suffix;
		long id = f.mentee().id();
		this.jdbc.sql("update app_user set display_name = ? where id = ?").params(name, id).update();
		TestAccount person = new TestAccount(id, f.mentee().email(), name, TestAccount.PASSWORD);
		Actor actor = new Actor(id, name);
		long programme = this.benchmarkFixtures.incluCities();

		// benchmark: a self-assessment draft with evidence
		long benchmark = this.benchmarkFixtures.publishedFor(f);
		BenchmarkVersion version = this.benchmarks.latestVersion(benchmark).orElseThrow();
		String evidence = "The welcome desk counts its visitors " + suffix;
		this.assessments.saveDraft(f.groupId(), f.menteeParticipant(), version.id(), null,
				Map.of(version.keyFactors().get(0).key(), new Assessment.Score(3, evidence)), Map.of(), id);

		// matching: an application to a call
		long theme = this.jdbc.sql("select id from theme where code = 'social-cohesion'").query(Long.class).single();
		long coordinator = this.accounts.findIdByEmail("coordinator@cemr.example.org").orElseThrow();
		long callId = this.calls.open(programme, new CallData("Privacy call " + suffix, null,
				this.calls.today().plusDays(30), null, true, false, Set.of(theme)), coordinator);
		Call call = this.calls.find(callId).orElseThrow();
		String motivation = "We want a city that tried buddy schemes " + suffix;
		this.applications.apply(call, f.menteeCity(), "Mentee town", Application.Side.MENTEE, Set.of(theme),
				Set.of("en"), null, motivation, actor, this.calls.today());

		// training: expectations
		long training = this.trainings.create(programme, f.groupId(),
				new TrainingData("Privacy training " + suffix, LocalDate.now().plusDays(5), LocalTime.of(10, 0),
						LocalTime.of(12, 0), "Europe/Brussels", TrainingMode.ONLINE, "https://meet.example.org/p", null,
						List.of("Welcome")),
				"Test planner");
		String expects = "A plan the council backs " + suffix;
		this.expectations.save(training, id, new Expectations.Expectation.Answers(expects, "Our data", null));

		// learning: a registration, a question and a join request with their address
		this.registrations.register(session.sessionId(), List.of(id), id);
		String question = "How did you reach the landlords " + suffix;
		this.afterSession.ask(session.sessionId(), id, name, question);
		this.joinRequests.ask(f.association(), name, "Mentee town", person.email(), "127.0.0.1");

		// evaluation: a draft, a lesson and a pulse answer
		String helped = "The mentor's visit to the council " + suffix;
		this.evaluations.save(
				f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE, -1, new EvaluationInput(null, helped, null,
						null, null, null, null, BigDecimal.ONE, null, null, Map.of(), null, List.of()),
				List.of(), name, false);
		String lesson = "Start with the people at the counter " + suffix;
		this.lessons.write(f.groupId(), f.menteeParticipant(),
				new Lessons.LessonInput("Lesson " + suffix, lesson, Set.of(), false));
		long survey = this.pulse.schedule(f.groupId(), PulseSurveys.Moment.DATE, null, LocalDate.now(), "Test");
		String pulseAnswer = "More time for the visits " + suffix;
		this.pulse.answer(survey, id, Map.of(PulseSurveys.Question.USEFUL, 4, PulseSurveys.Question.HEARD, 4,
				PulseSurveys.Question.PROGRESS, 3, PulseSurveys.Question.ENERGY, 5), pulseAnswer);

		List<String> contents = List.of(evidence, motivation, expects, question, helped, lesson, pulseAnswer);
		String json = this.forms.as(person, get("/account/personal-data.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"benchmarks\"", "\"matching\"", "\"trainings\"", "\"learningSessions\"",
				"\"evaluation\"", "\"joinRequests\"", "\"yourPulseAnswers\"");
		assertThat(json).contains(contents);
		assertThat(PrivacyTest.occurrences(this.jdbc, name)).isNotEmpty();

		this.privacy.erase(id, coordinator);

		assertThat(PrivacyTest.occurrences(this.jdbc, name)).isEmpty();
		assertThat(PrivacyTest.occurrences(this.jdbc, person.email())).isEmpty();
		for (String content : contents) {
			assertThat(PrivacyTest.occurrences(this.jdbc, content)).as(content).isNotEmpty();
		}
		assertThat(this.jdbc.sql("select applied_by_name from call_application where call_id = ?")
			.param(callId)
			.query(String.class)
			.single()).isEqualTo(FormerMember.LABEL);
		assertThat(this.jdbc.sql("select asked_by from session_question where question = ?")
			.param(question)
			.query(String.class)
			.single()).isEqualTo(FormerMember.LABEL);
	}

}
