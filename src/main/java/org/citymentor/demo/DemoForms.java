package org.citymentor.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The guide's forms in the demo: Capaci's submitted needs analysis with its context and
 * AICCRE's part C, Mechelen's context and mentor profile with VVSG's part C, and a
 * comment of the mentor. Figures are rounded demo values, not official statistics.
 */
@Component
class DemoForms {

	private final FormDocuments documents;

	private final DraftAnswers drafts;

	private final FormVersions versions;

	private final FormComments comments;

	private final JdbcClient jdbc;

	private final org.citymentor.goodpractice.GoodPractices goodPractices;

	DemoForms(FormDocuments documents, DraftAnswers drafts, FormVersions versions, FormComments comments,
			JdbcClient jdbc, org.citymentor.goodpractice.GoodPractices goodPractices) {
		this.goodPractices = goodPractices;
		this.documents = documents;
		this.drafts = drafts;
		this.versions = versions;
		this.comments = comments;
		this.jdbc = jdbc;
	}

	void create(Map<String, Long> org, Map<String, Long> people, Map<String, Long> themes) {
		long capaciContext = submit(this.documents.openForOrganisation(FormKind.LOCAL_CONTEXT, org.get("Capaci"), null),
				capaciContext(), people.get("mentee@capaci.example.org"), "Giulia Russo");
		long aiccreContext = submit(
				this.documents.openForOrganisation(FormKind.NATIONAL_CONTEXT, org.get("AICCRE"), org.get("Capaci")),
				aiccreContext(), people.get("association@aiccre.example.org"), "Marco Bianchi");
		long participant = this.jdbc.sql("""
				select p.id from group_participant p join mentoring_group g on g.id = p.group_id
				where g.title like 'Building a city for all%' and p.organisation_id = ?
				""").param(org.get("Capaci")).query(Long.class).single();
		long group = this.jdbc.sql("select group_id from group_participant where id = ?")
			.param(participant)
			.query(Long.class)
			.single();
		FormDocument needs = this.documents.openForParticipant(FormKind.NEEDS_ANALYSIS, group, participant,
				org.get("Capaci"));
		submit(needs, capaciNeeds(), people.get("mentee@capaci.example.org"), "Giulia Russo", capaciContext,
				aiccreContext);
		this.comments.add(needs.id(), "keyPlayers", people.get("mentor@mechelen.example.org"), "Sofie Peeters",
				org.get("Mechelen"),
				"The parish and the sports clubs reach families the town hall does not. Could they sit in the support network from the start?");

		long mechelenContext = submit(
				this.documents.openForOrganisation(FormKind.LOCAL_CONTEXT, org.get("Mechelen"), null),
				mechelenContext(), people.get("mentor@mechelen.example.org"), "Sofie Peeters");
		long vvsgContext = submit(
				this.documents.openForOrganisation(FormKind.NATIONAL_CONTEXT, org.get("VVSG"), org.get("Mechelen")),
				vvsgContext(), people.get("coordinator@vvsg.example.org"), "Pieter Janssens");
		Map<String, Answer> profile = new LinkedHashMap<>();
		profile.put("policyAreas", Answer.ofText(themes.get("social-cohesion") + " " + themes.get("participation") + " "
				+ themes.get("language-learning")));
		profile.put("experience", Answer.ofText("""
				Social cohesion: for more than fifteen years the city has invested in neighbourhoods where many \
				nationalities live side by side, with neighbourhood managers, shared public spaces and support for \
				residents' initiatives.
				Participation: residents help shape the plans for their street and their neighbourhood.
				Language: volunteers practise Dutch with newcomers in informal conversation groups."""));
		String sheets = this.goodPractices.publishedOptions(org.get("Mechelen"))
			.stream()
			.map((sheet) -> String.valueOf(sheet.id()))
			.collect(java.util.stream.Collectors.joining(" "));
		profile.put("practices", Answer.ofText(sheets));
		profile.put("practicesWhy", Answer.ofText("""
				A buddy project that pairs long-time residents with newcomers: cheap to start, easy to adapt, and it \
				builds trust in both directions.
				Neighbourhood work in social housing estates together with the housing company."""));
		profile.put("actors", Answer.ofText(
				"Migrant self-organisations, the social housing company, youth work, sports clubs, schools and the public centre for social welfare."));
		submit(this.documents.openForOrganisation(FormKind.MENTOR_PROFILE, org.get("Mechelen"), null), profile,
				people.get("mentor@mechelen.example.org"), "Sofie Peeters", mechelenContext, vvsgContext);
	}

	private long submit(FormDocument document, Map<String, Answer> answers, Long userId, String who, Long... sources) {
		this.drafts.save(document.id(), answers, Map.of(), who);
		long version = this.documents.find(document.id()).orElseThrow().version();
		this.versions.submit(document.id(), version, userId, who, List.of(sources));
		return this.versions.of(document.id()).get(0).id();
	}

	private static Map<String, Answer> capaciNeeds() {
		Map<String, Answer> a = new LinkedHashMap<>();
		a.put("challenge", Answer.ofText("""
				Capaci is a small town near Palermo. New residents from North and West Africa and from South Asia \
				live here, but the town has no shared picture of who lives in it and what they need, and few \
				newcomers take part in local life. We want to start building a town where everyone feels they \
				belong, together with residents and partners."""));
		a.put("crossCutting",
				Answer.ofText("Participation of residents; communication between the town hall and communities."));
		a.put("evidence", Answer.ofText("""
				Social services meet the same few families; schools report parents they cannot reach; the parish and \
				volunteers see newcomers who do not know where to turn."""));
		a.put("learningWish", Answer.ofText(
				"How a city builds a shared vision with its residents, and how buddy or mentor schemes reach people who stay out of sight."));
		a.put("impact", Answer.ofText(
				"A first long-term plan for 'a city for all' agreed with local partners, and a pilot that reaches at least one community we do not reach today."));
		a.put("keyPlayers", Answer.ofText(
				"Schools, the parish, volunteers' associations, the social services of the district, employers in agriculture and tourism."));
		a.put("difficulties", Answer
			.ofText("Contacts depend on a few people; there is no regular meeting between the town and associations."));
		a.put("resources", Answer.ofText(
				"Committed staff in social services, an active volunteer network and a mayor who supports the project."));
		a.put("obstacles", Answer
			.ofText("A very small budget, little staff time, and limited experience with participation methods."));
		a.put("drafting", Answer
			.ofText("Social services, the school director, two associations and representatives of the communities."));
		a.put("approving", Answer.ofText("The municipal executive (giunta), then the town council."));
		a.put("otherBenefits", Answer
			.ofText("Visibility for the work of local volunteers and a place for it on the council's agenda."));
		return a;
	}

	private static Map<String, Answer> capaciContext() {
		Map<String, Answer> a = new LinkedHashMap<>();
		a.put("migrationTrends", Answer.ofText(
				"A small but growing number of newcomers in recent years, many working in agriculture and tourism."));
		a.put("figuresDate", new Answer(null, null, LocalDate.of(2021, 1, 1), null));
		a.put("population", number(11600));
		a.put("migrantPopulation", number(400));
		a.put("migrantBasis", Answer.ofText("foreignNationals"));
		a.put("nationalities", Answer.ofText("Tunisian, Moroccan, Bangladeshi, Romanian; a few recognised refugees."));
		a.put("nationalityFigures", Answer.ofRows(List.of(new Answer.Row("Tunisian", BigDecimal.valueOf(120)),
				new Answer.Row("Moroccan", BigDecimal.valueOf(90)),
				new Answer.Row("Bangladeshi", BigDecimal.valueOf(60)), new Answer.Row("Recognised refugees", null))));
		a.put("cityBudget", number(14000000));
		a.put("integrationShare", new Answer(null, new BigDecimal("0.5"), null, null));
		a.put("sensitivityFunding",
				new Answer("Most social projects depend on regional or EU grants.", null, null, true));
		return a;
	}

	private static Map<String, Answer> aiccreContext() {
		Map<String, Answer> a = new LinkedHashMap<>();
		a.put("typicality", Answer.ofText(
				"Capaci is typical of the many small Italian municipalities with few staff and growing diversity; what it learns can help them."));
		a.put("governmentRelations", Answer
			.ofText("AICCRE represents municipalities in European affairs and takes part in national consultations."));
		a.put("supportiveFramework", Answer
			.ofText("Reception is national; integration support reaches towns mostly through project funding."));
		a.put("mutualLearning", Answer.ofText("Seminars and European projects that bring member towns together."));
		return a;
	}

	private static Map<String, Answer> mechelenContext() {
		Map<String, Answer> a = new LinkedHashMap<>();
		a.put("migrationTrends", Answer.ofText("A super-diverse city: more than 130 nationalities live in Mechelen."));
		a.put("figuresDate", new Answer(null, null, LocalDate.of(2021, 1, 1), null));
		a.put("population", number(87000));
		a.put("migrantPopulation", number(31000));
		a.put("migrantBasis", Answer.ofText("background"));
		a.put("integrationStrategy",
				Answer.ofText("Diversity and social cohesion are part of the city's policy plan."));
		return a;
	}

	private static Map<String, Answer> vvsgContext() {
		Map<String, Answer> a = new LinkedHashMap<>();
		a.put("governmentRelations", Answer.ofText(
				"VVSG speaks for all Flemish local governments towards the Flemish Government and runs its integration network."));
		a.put("mutualLearning", Answer
			.ofText("Learning networks of Plan Samenleven, thematic days and a buddy-programme inspiration day."));
		return a;
	}

	private static Answer number(long value) {
		return new Answer(null, BigDecimal.valueOf(value), null, null);
	}

}
