package org.citymentor.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormVersions;
import org.citymentor.matching.Application.Side;
import org.citymentor.matching.Applications;
import org.citymentor.matching.CallData;
import org.citymentor.matching.Calls;
import org.citymentor.programme.Themes;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls in the demo: IncluCities' closed 2020 call, whose applications are the four
 * mentee and four mentor cities linked to the existing groups as published matches
 * (history, no new groups), with the local context of the other cities so that the
 * suggestions for Capaci can be compared; and an open Plan Samenleven call (deadline next
 * month) with Ostend applying as mentee and Mechelen and Antwerp as mentors. Figures are
 * rounded demo values, not official statistics.
 */
@Component
@Order(30)
class DemoMatching implements DemoPart {

	private final Calls calls;

	private final Applications applications;

	private final Themes themes;

	private final FormDocuments documents;

	private final DraftAnswers drafts;

	private final FormVersions versions;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoMatching(Calls calls, Applications applications, Themes themes, FormDocuments documents, DraftAnswers drafts,
			FormVersions versions, JdbcClient jdbc, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.themes = themes;
		this.documents = documents;
		this.drafts = drafts;
		this.versions = versions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void create(Map<String, Long> org, Map<String, Long> people) {
		contexts(org);
		incluCities(org, people);
		planSamenleven(org, people);
	}

	private void incluCities(Map<String, Long> org, Map<String, Long> people) {
		long programme = programme("IncluCities");
		long call = this.calls.open(programme, new CallData("IncluCities 2020: mentee and mentor cities",
				"Cities apply to learn from an experienced city, or to share their experience as a mentor, on including migrant residents. Four pairs are formed.",
				LocalDate.of(2020, 6, 30), 4, false, false, Set.of(theme("social-cohesion"), theme("participation"),
						theme("language-learning"), theme("gender"), theme("employment"), theme("housing"))),
				people.get("coordinator@cemr.example.org"));
		Instant applied = Instant.parse("2020-06-15T09:00:00Z");
		Instant published = Instant.parse("2020-09-15T09:00:00Z");
		long mechelen = mentor(call, org.get("Mechelen"), people.get("mentor@mechelen.example.org"), "Sofie Peeters", 1,
				List.of("social-cohesion", "participation", "language-learning"), List.of("en", "nl", "fr"), applied);
		long brussels = mentor(call, org.get("City of Brussels"), null, "City of Brussels", 1,
				List.of("gender", "anti-discrimination"), List.of("fr", "nl", "en"), applied);
		long fuenlabrada = mentor(call, org.get("Fuenlabrada"), null, "Fuenlabrada", 1,
				List.of("employment", "housing"), List.of("es", "en"), applied);
		long schaerbeek = mentor(call, org.get("Schaerbeek"), people.get("mentor@schaerbeek.example.org"), "Schaerbeek",
				1, List.of("language-learning"), List.of("fr", "nl"), applied);
		publishedMatch(call,
				mentee(call, org.get("Capaci"), people.get("mentee@capaci.example.org"), "Giulia Russo",
						List.of("social-cohesion", "participation"), List.of("it", "en"), applied),
				mechelen, published);
		publishedMatch(call, mentee(call, org.get("Saint-Jean-de-la-Ruelle"), null, "Saint-Jean-de-la-Ruelle",
				List.of("gender", "anti-discrimination"), List.of("fr"), applied), brussels, published);
		publishedMatch(call, mentee(call, org.get("Livadia"), null, "Livadia", List.of("employment", "housing"),
				List.of("el", "en"), applied), fuenlabrada, published);
		publishedMatch(call, mentee(call, org.get("Jelgava"), people.get("mentee@jelgava.example.org"), "Jelgava",
				List.of("language-learning"), List.of("lv", "en"), applied), schaerbeek, published);
	}

	private void planSamenleven(Map<String, Long> org, Map<String, Long> people) {
		long programme = programme("Plan Samenleven");
		LocalDate today = this.calls.today();
		long id = this.calls.open(programme, new CallData("Practising Dutch outside the classroom",
				"A learning network for municipalities that want more places where newcomers practise Dutch in daily life. Mentor cities share how they organise conversation groups with volunteers.",
				today.plusMonths(1), 3, true, true, Set.of(theme("language-learning"), theme("social-cohesion"))),
				people.get("coordinator@vvsg.example.org"));
		var call = this.calls.find(id).orElseThrow();
		this.applications.apply(call, org.get("Ostend"), "Ostend", Side.MENTEE,
				Set.of(theme("language-learning"), theme("social-cohesion")), Set.of("nl"), null,
				"More newcomers in Ostend want to practise Dutch than our classes can reach.",
				new Actor(people.get("mentee@ostend.example.org"), "Lotte Vermeulen"), today);
		this.applications.apply(call, org.get("Mechelen"), "Mechelen", Side.MENTOR,
				Set.of(theme("language-learning"), theme("social-cohesion")), Set.of("nl", "en"), 2,
				"Volunteers in Mechelen practise Dutch with newcomers in informal conversation groups.",
				new Actor(people.get("mentor@mechelen.example.org"), "Sofie Peeters"), today);
		long antwerp = this.jdbc
			.sql("""
					insert into call_application (call_id, organisation_id, side, capacity, motivation, applied_by_name, applied_at)
					values (?, ?, 'MENTOR', 3, ?, 'City of Antwerp', ?) returning id
					""")
			.params(id, org.get("Antwerp"),
					"Antwerp runs a large volunteer network for practising Dutch and can guide three municipalities.",
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into call_application_theme (application_id, theme_id) values (?, ?)")
			.params(antwerp, theme("language-learning"))
			.update();
		this.jdbc.sql("insert into call_application_language (application_id, language) values (?, 'nl')")
			.param(antwerp)
			.update();
	}

	private long mentee(long call, long city, Long userId, String who, List<String> themeCodes, List<String> languages,
			Instant applied) {
		Map<String, Object> group = this.jdbc
			.sql("""
					select p.id as participant, p.group_id from group_participant p join mentoring_group g on g.id = p.group_id
					join programme pr on pr.id = g.programme_id
					where pr.name = 'IncluCities' and p.organisation_id = ? and p.side = 'MENTEE'
					""")
			.param(city)
			.query()
			.singleRow();
		long id = insert(call, city, "MENTEE", (Long) group.get("group_id"), (Long) group.get("participant"), null,
				userId, who, applied);
		themesAndLanguages(id, themeCodes, languages);
		return id;
	}

	private long mentor(long call, long city, Long userId, String who, int capacity, List<String> themeCodes,
			List<String> languages, Instant applied) {
		long id = insert(call, city, "MENTOR", null, null, capacity, userId, who, applied);
		themesAndLanguages(id, themeCodes, languages);
		return id;
	}

	private long insert(long call, long city, String side, Long group, Long participant, Integer capacity, Long userId,
			String who, Instant applied) {
		return this.jdbc.sql("""
				insert into call_application (call_id, organisation_id, side, group_id, participant_id, capacity,
				                              applied_by, applied_by_name, applied_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(call, city, side, group, participant, capacity, userId, who, Timestamp.from(applied))
			.query(Long.class)
			.single();
	}

	private void themesAndLanguages(long application, List<String> themeCodes, List<String> languages) {
		themeCodes.forEach(
				(code) -> this.jdbc.sql("insert into call_application_theme (application_id, theme_id) values (?, ?)")
					.params(application, theme(code))
					.update());
		languages.forEach((language) -> this.jdbc
			.sql("insert into call_application_language (application_id, language) values (?, ?)")
			.params(application, language)
			.update());
	}

	private void publishedMatch(long call, long mentee, long mentor, Instant published) {
		this.jdbc.sql("""
				insert into call_match (call_id, mentee_application_id, mentor_application_id, status, suggested,
				                        drafted_by, drafted_at, published_at)
				values (?, ?, ?, 'PUBLISHED', true, 'Claire Dumont', ?, ?)
				""").params(call, mentee, mentor, Timestamp.from(published), Timestamp.from(published)).update();
	}

	/**
	 * The local context of the other IncluCities mentor cities, so that they can be
	 * compared with Capaci.
	 */
	private void contexts(Map<String, Long> org) {
		context(org.get("City of Brussels"), 188000, 130000, 1200000000L);
		context(org.get("Fuenlabrada"), 190000, 25000, 200000000L);
		context(org.get("Schaerbeek"), 133000, 90000, 250000000L);
	}

	private void context(long city, long population, long migrants, long budget) {
		FormDocument document = this.documents.openForOrganisation(FormKind.LOCAL_CONTEXT, city, null);
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("figuresDate", new Answer(null, null, LocalDate.of(2020, 1, 1), null));
		answers.put("population", number(population));
		answers.put("migrantPopulation", number(migrants));
		answers.put("migrantBasis", Answer.ofText("background"));
		answers.put("cityBudget", number(budget));
		this.drafts.save(document.id(), answers, Map.of(), "CityMentor demo");
		long version = this.documents.find(document.id()).orElseThrow().version();
		this.versions.submit(document.id(), version, null, "CityMentor demo", List.of());
	}

	private static Answer number(long value) {
		return new Answer(null, BigDecimal.valueOf(value), null, null);
	}

	private long programme(String name) {
		return this.jdbc.sql("select id from programme where name = ?").param(name).query(Long.class).single();
	}

	private long theme(String code) {
		return this.themes.idOf(code);
	}

}
