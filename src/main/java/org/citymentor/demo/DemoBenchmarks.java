package org.citymentor.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.benchmark.Assessment;
import org.citymentor.benchmark.BenchmarkVersion;
import org.citymentor.benchmark.Benchmarks;
import org.citymentor.benchmark.Factor;
import org.citymentor.benchmark.FactorData;
import org.citymentor.benchmark.FactorKind;
import org.citymentor.benchmark.SelfAssessments;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * IncluCities' benchmark "Building a city for all" (participation), used by the
 * Capaci–Mechelen group: Capaci assessed itself in late 2020, before the first visit,
 * chose to focus on a shared vision and on reaching its communities, and assessed itself
 * again in 2023 at the end of the process.
 */
@Component
@Order(20)
class DemoBenchmarks implements DemoPart {

	private final Benchmarks benchmarks;

	private final SelfAssessments assessments;

	private final JdbcClient jdbc;

	DemoBenchmarks(Benchmarks benchmarks, SelfAssessments assessments, JdbcClient jdbc) {
		this.benchmarks = benchmarks;
		this.assessments = assessments;
		this.jdbc = jdbc;
	}

	@Override
	public void create(Map<String, Long> org, Map<String, Long> people) {
		long incluCities = id("select id from programme where name = 'IncluCities'");
		long participation = id("select id from theme where code = 'participation'");
		Long coordinator = people.get("coordinator@cemr.example.org");
		Long capaciOfficer = people.get("mentee@capaci.example.org");
		long benchmark = this.benchmarks.create(incluCities, participation, "Building a city for all",
				"What a town needs in place so that every resident, newcomers included, feels part of it and has a say. "
						+ "Cities score themselves on the key factors before the first visit and again at the end.",
				coordinator);
		List<Long> buddies = this.jdbc
			.sql("select id from good_practice where title = 'Buddies for newcomers' and status = 'PUBLISHED'")
			.query(Long.class)
			.list();
		key(benchmark, "A shared vision, written with residents and partners",
				"Inclusion lasts when the town agrees on where it wants to go: a vision owned by the council, the "
						+ "services and the associations gives every later action a reason and a direction.",
				"Is there a written vision of the town for all its residents?\n"
						+ "Who took part in writing it, and were newcomers among them?\n"
						+ "Do the council and the main partners refer to it when they decide?",
				"Start small: one workshop with the support network can produce a first page. Have the council adopt it.",
				List.of());
		key(benchmark, "Political backing and a clear lead in the administration",
				"Without an alderman who carries the subject and an officer who coordinates, work stays scattered "
						+ "across departments and stops when a project ends.",
				"Which politician answers for inclusion?\nWhich officer coordinates the work across departments?",
				"Put the subject on the agenda of the board of aldermen at least twice a year.", List.of());
		key(benchmark, "Reaching every community of the town",
				"Residents who arrived recently, or who seldom use public services, are the ones the town hears least. "
						+ "Going to them, with people they trust, is the way in.",
				"Does the town know which communities live in it and how to reach them?\n"
						+ "Are there trusted go-betweens (buddies, mediators, associations)?\n"
						+ "Do newcomers find their way to the services they need?",
				"Work with people from the communities themselves; pair newcomers with local volunteers.", buddies);
		key(benchmark, "Residents with a migration background have a say",
				"Policies fit better when the people they concern help shape them, through a consultative body or "
						+ "regular meetings with migrant associations.",
				"Is there a body or a habit of consulting migrant residents?\nDo their proposals get an answer?",
				"Report back on what was done with every proposal, even when the answer is no.", List.of());
		key(benchmark, "Welcoming and accessible services",
				"A front desk that explains in plain words, in more than one language, is often the first and lasting "
						+ "impression a newcomer has of the town.",
				"Is key information available in the main languages of the town?\nAre front-desk staff trained to welcome newcomers?",
				"Test your forms and letters with a few newcomers before you print them.", List.of());
		key(benchmark, "Results followed and shared",
				"Knowing what works keeps the support of politicians and partners and shows where to adjust.",
				"Does the town collect a few figures on its inclusion work?\nAre results discussed with partners each year?",
				"Choose three indicators you can really collect rather than twenty you cannot.", List.of());
		context(benchmark, "National rules on residence and access to services",
				"Who may stay, work or use a service is decided at national level; the town works within those rules.");
		context(benchmark, "Budgets set by other levels of government",
				"Much of the money for reception, language courses and social support comes from the region, the state "
						+ "or the European Union, on their calendars and conditions.");
		context(benchmark, "How many people arrive, and when",
				"Arrivals change with events far away; a small town may receive many newcomers in a short time.");
		this.benchmarks.publish(benchmark, coordinator,
				LocalDate.of(2020, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
		BenchmarkVersion version = this.benchmarks.latestVersion(benchmark).orElseThrow();

		long group = id("select id from mentoring_group where title = 'Building a city for all – Capaci and Mechelen'");
		long capaci = id("select id from group_participant where group_id = " + group + " and organisation_id = "
				+ org.get("Capaci"));
		this.assessments.chooseBenchmark(group, benchmark, coordinator);
		List<Factor> keys = version.keyFactors();
		List<Factor> context = version.contextFactors();
		assess(group, capaci, version, capaciOfficer, LocalDate.of(2020, 11, 23), new int[] { 1, 3, 2, 1, 2, 1 },
				new String[] {
						"There is no written vision; the council speaks of inclusion only when a project needs co-funding.",
						"The alderman for social policy supports the work, but no officer coordinates it across departments.",
						"The social services know the families they support; other newcomers mostly stay out of sight.",
						"Migrant associations are not consulted in any regular way.",
						"The front desk helps in Italian only; some staff speak English.",
						"No figures are collected beyond the social services' own files." },
				new boolean[] { true, true, true },
				new String[] { "Permits take months, which keeps newcomers from settling.",
						"The reception centre depends on national funding renewed each year.",
						"Arrivals by sea make the numbers change quickly." });
		this.assessments.chooseFocus(capaci, version.id(), List.of(keys.get(0).key(), keys.get(2).key()),
				capaciOfficer);
		assess(group, capaci, version, capaciOfficer, LocalDate.of(2023, 9, 28), new int[] { 4, 4, 3, 2, 3, 2 },
				new String[] {
						"The council adopted the vision \"A town for all\" written with the support network and partners sign it.",
						"An officer of the social-policy department now coordinates the plan and reports to the board.",
						"The buddy pilot paired its first newcomers with local volunteers; the school and the parish join in.",
						"The women's association was heard on the plan, but there is no regular consultation yet.",
						"A welcome leaflet exists in four languages.",
						"The plan's indicators are followed twice a year." },
				new boolean[] { true, true, false },
				new String[] { "Still the main obstacle for people waiting for papers.",
						"The buddy pilot found local funding for its first year.", null });
		if (context.size() != 3 || keys.size() != 6) {
			throw new IllegalStateException("the demo benchmark changed");
		}
	}

	private void assess(long group, long participant, BenchmarkVersion version, Long officer, LocalDate on,
			int[] scores, String[] evidence, boolean[] weighs, String[] notes) {
		Map<Long, Assessment.Score> scored = new LinkedHashMap<>();
		List<Factor> keys = version.keyFactors();
		for (int i = 0; i < keys.size(); i++) {
			scored.put(keys.get(i).key(), new Assessment.Score(scores[i], evidence[i]));
		}
		Map<Long, Assessment.ContextAnswer> context = new LinkedHashMap<>();
		List<Factor> outside = version.contextFactors();
		for (int i = 0; i < outside.size(); i++) {
			context.put(outside.get(i).key(), new Assessment.ContextAnswer(weighs[i], notes[i]));
		}
		this.assessments.saveDraft(group, participant, version.id(), null, scored, context, officer);
		long seen = this.assessments.draft(participant).orElseThrow().version();
		this.assessments.submit(participant, seen, on, officer);
	}

	private void key(long benchmark, String title, String rationale, String questions, String tips,
			List<Long> practices) {
		this.benchmarks.addFactor(benchmark,
				new FactorData(FactorKind.KEY, title, rationale, questions, tips, practices));
	}

	private void context(long benchmark, String title, String explanation) {
		this.benchmarks.addFactor(benchmark,
				new FactorData(FactorKind.CONTEXT, title, explanation, null, null, List.of()));
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
