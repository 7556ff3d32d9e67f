package org.citymentor.benchmark;

import java.util.List;
import java.util.Map;

import org.citymentor.needs.FormFixture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A published benchmark of IncluCities for a test (two key factors, one context factor),
 * chosen by the test's group; and self-assessments submitted on given dates.
 */
@Component
public class BenchmarkFixtures {

	private final Benchmarks benchmarks;

	private final SelfAssessments assessments;

	private final JdbcClient jdbc;

	BenchmarkFixtures(Benchmarks benchmarks, SelfAssessments assessments, JdbcClient jdbc) {
		this.benchmarks = benchmarks;
		this.assessments = assessments;
		this.jdbc = jdbc;
	}

	public long incluCities() {
		return this.jdbc.sql("select id from programme where name = 'IncluCities'").query(Long.class).single();
	}

	/** A published benchmark linked to the fixture's group; returns its id. */
	public long publishedFor(FormFixture f) {
		long theme = this.jdbc.sql("select id from theme where code = 'participation'").query(Long.class).single();
		long id = this.benchmarks.create(incluCities(), theme, "Test benchmark " + f.groupId(), null, null);
		this.benchmarks.addFactor(id, new FactorData(FactorKind.KEY, "Shared vision", "Why a vision",
				"Is there a vision?\nWho wrote it?", "Start small", List.of()));
		this.benchmarks.addFactor(id, new FactorData(FactorKind.KEY, "Reaching communities", "Why reach out",
				"Who is missing?", null, List.of()));
		this.benchmarks.addFactor(id,
				new FactorData(FactorKind.CONTEXT, "National law", "Rules set elsewhere", null, null, List.of()));
		this.benchmarks.publish(id, null);
		this.assessments.chooseBenchmark(f.groupId(), id, null);
		return id;
	}

	/**
	 * Submits an assessment of the fixture's mentee city with the key factors' scores.
	 */
	public void submit(FormFixture f, long benchmark, java.time.LocalDate on, int... scores) {
		BenchmarkVersion version = this.benchmarks.latestVersion(benchmark).orElseThrow();
		Map<Long, Assessment.Score> scored = new java.util.LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			scored.put(version.keyFactors().get(i).key(), new Assessment.Score(scores[i], "evidence " + i));
		}
		Long seen = this.assessments.draft(f.menteeParticipant()).map(Assessment::version).orElse(null);
		this.assessments.saveDraft(f.groupId(), f.menteeParticipant(), version.id(), seen, scored, Map.of(),
				f.mentee().id());
		long draft = this.assessments.draft(f.menteeParticipant()).orElseThrow().version();
		this.assessments.submit(f.menteeParticipant(), draft, on, f.mentee().id());
	}

	public static String result(FormFixture f) {
		return "/groups/" + f.groupId() + "/participants/" + f.menteeParticipant() + "/self-assessment";
	}

}
