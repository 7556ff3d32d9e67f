package org.citymentor.benchmark;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmarks of a programme: the draft coordinators edit (header and factors, each
 * with its own edit counter), publishing it as a numbered version that never changes, and
 * copying a benchmark into another programme as an independent draft.
 */
@Service
@Transactional
public class Benchmarks {

	public static final int PAGE_SIZE = 25;

	private static final String HEADER = """
			select b.id, b.programme_id, b.theme_id, b.title, b.introduction, b.copied_from_id, b.draft_changed, b.version,
			       (select max(v.number) from benchmark_version v where v.benchmark_id = b.id) as latest
			from benchmark b
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Benchmarks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long create(long programmeId, long themeId, String title, String introduction, Long actorId) {
		return this.jdbc.sql("""
				insert into benchmark (programme_id, theme_id, title, introduction, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(programmeId, themeId, title, introduction, actorId, now(), now())
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Benchmark> find(long id) {
		return this.jdbc.sql(HEADER + " where b.id = ?").param(id).query(Benchmarks::header).optional();
	}

	/** The benchmark if it belongs to the programme, else 404. */
	@Transactional(readOnly = true)
	public Benchmark require(long programmeId, long id) {
		return find(id).filter((b) -> b.programmeId() == programmeId).orElseThrow(NotFoundException::new);
	}

	/**
	 * A page of the programme's benchmarks by title; {@code publishedOnly} for readers
	 * who are not its coordinators.
	 */
	@Transactional(readOnly = true)
	public Page<Benchmark> ofProgramme(long programmeId, boolean publishedOnly, int page) {
		String where = " where b.programme_id = :programme"
				+ (publishedOnly ? " and exists (select 1 from benchmark_version v where v.benchmark_id = b.id)" : "");
		long total = this.jdbc.sql("select count(*) from benchmark b" + where)
			.param("programme", programmeId)
			.query(Long.class)
			.single();
		List<Benchmark> rows = this.jdbc
			.sql(HEADER + where + " order by lower(b.title), b.id limit :limit offset :offset")
			.param("programme", programmeId)
			.param("limit", PAGE_SIZE)
			.param("offset", page * PAGE_SIZE)
			.query(Benchmarks::header)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	/** The programme's published benchmarks, for a group to choose from. */
	@Transactional(readOnly = true)
	public List<Benchmark> publishedOf(long programmeId) {
		return this.jdbc.sql(HEADER
				+ " where b.programme_id = ? and exists (select 1 from benchmark_version v where v.benchmark_id = b.id)"
				+ " order by lower(b.title), b.id")
			.param(programmeId)
			.query(Benchmarks::header)
			.list();
	}

	public void updateHeader(long id, long seenVersion, long themeId, String title, String introduction) {
		int updated = this.jdbc.sql("""
				update benchmark set theme_id = ?, title = ?, introduction = ?, draft_changed = true,
				       updated_at = ?, version = version + 1
				where id = ? and version = ?
				""").params(themeId, title, introduction, now(), id, seenVersion).update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	/** The draft's factors in order: key factors first, then context factors. */
	@Transactional(readOnly = true)
	public List<Factor> draftFactors(long benchmarkId) {
		return this.jdbc
			.sql("""
					select id as factor_key, kind, position as number, title, rationale, guiding_questions, tips, practice_ids, version
					from benchmark_factor where benchmark_id = ? order by kind desc, position, id
					""")
			.param(benchmarkId)
			.query(Benchmarks::factor)
			.list();
	}

	@Transactional(readOnly = true)
	public Factor requireFactor(long benchmarkId, long factorId) {
		return draftFactors(benchmarkId).stream()
			.filter((f) -> f.key() == factorId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	public long addFactor(long benchmarkId, FactorData data) {
		lockHeader(benchmarkId);
		int position = this.jdbc
			.sql("select coalesce(max(position), 0) + 1 from benchmark_factor where benchmark_id = ? and kind = ?")
			.params(benchmarkId, data.kind().name())
			.query(Integer.class)
			.single();
		long id = this.jdbc
			.sql("""
					insert into benchmark_factor (benchmark_id, kind, position, title, rationale, guiding_questions, tips, practice_ids)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(benchmarkId, data.kind().name(), position, data.title(), data.rationale(), data.questions(),
					data.tips(), data.practiceIds().toArray(Long[]::new))
			.query(Long.class)
			.single();
		changed(benchmarkId);
		return id;
	}

	public void updateFactor(long benchmarkId, long factorId, long seenVersion, FactorData data) {
		int updated = this.jdbc.sql("""
				update benchmark_factor set title = ?, rationale = ?, guiding_questions = ?, tips = ?, practice_ids = ?,
				       version = version + 1
				where id = ? and benchmark_id = ? and version = ?
				""")
			.params(data.title(), data.rationale(), data.questions(), data.tips(),
					data.practiceIds().toArray(Long[]::new), factorId, benchmarkId, seenVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		changed(benchmarkId);
	}

	/** Moves a factor one place up or down among the factors of its kind. */
	public void moveFactor(long benchmarkId, long factorId, boolean up) {
		lockHeader(benchmarkId);
		Factor factor = requireFactor(benchmarkId, factorId);
		List<Factor> same = draftFactors(benchmarkId).stream().filter((f) -> f.kind() == factor.kind()).toList();
		int index = same.indexOf(factor);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= same.size()) {
			return;
		}
		List<Factor> reordered = new ArrayList<>(same);
		reordered.set(index, same.get(other));
		reordered.set(other, factor);
		renumber(reordered);
		changed(benchmarkId);
	}

	public void removeFactor(long benchmarkId, long factorId) {
		lockHeader(benchmarkId);
		Factor factor = requireFactor(benchmarkId, factorId);
		this.jdbc.sql("delete from benchmark_factor where id = ? and benchmark_id = ?")
			.params(factorId, benchmarkId)
			.update();
		renumber(draftFactors(benchmarkId).stream().filter((f) -> f.kind() == factor.kind()).toList());
		changed(benchmarkId);
	}

	/**
	 * Freezes the draft as the next numbered version. Refused (empty) when the draft has
	 * no key factor or did not change since the latest version.
	 */
	public Optional<Integer> publish(long benchmarkId, Long actorId) {
		return publish(benchmarkId, actorId, this.clock.instant());
	}

	/** Publishes with a given moment (the demo's history). */
	public Optional<Integer> publish(long benchmarkId, Long actorId, java.time.Instant at) {
		Benchmark benchmark = lockHeader(benchmarkId);
		List<Factor> factors = draftFactors(benchmarkId);
		if (!benchmark.draftChanged() || factors.stream().noneMatch(Factor::isKeyFactor)) {
			return Optional.empty();
		}
		int number = (benchmark.latestNumber() != null) ? benchmark.latestNumber() + 1 : 1;
		long versionId = this.jdbc
			.sql("""
					insert into benchmark_version (benchmark_id, number, title, theme_id, introduction, published_at, published_by)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(benchmarkId, number, benchmark.title(), benchmark.themeId(), benchmark.introduction(), now(),
					actorId)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into benchmark_version_factor (version_id, factor_key, kind, number, title, rationale, guiding_questions,
					                                      tips, practice_ids)
					select ?, id, kind, position, title, rationale, guiding_questions, tips, practice_ids
					from benchmark_factor where benchmark_id = ?
					""")
			.params(versionId, benchmarkId)
			.update();
		this.jdbc.sql("update benchmark set draft_changed = false, version = version + 1 where id = ?")
			.param(benchmarkId)
			.update();
		return Optional.of(number);
	}

	/**
	 * A draft copy of the benchmark (its current draft) in another programme, independent
	 * of the original from then on.
	 */
	public long copy(long benchmarkId, long targetProgrammeId, Long actorId) {
		Benchmark source = find(benchmarkId).orElseThrow(NotFoundException::new);
		long copy = this.jdbc
			.sql("""
					insert into benchmark (programme_id, theme_id, title, introduction, copied_from_id, created_by, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(targetProgrammeId, source.themeId(), source.title(), source.introduction(), benchmarkId, actorId,
					now(), now())
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into benchmark_factor (benchmark_id, kind, position, title, rationale, guiding_questions, tips, practice_ids)
					select ?, kind, position, title, rationale, guiding_questions, tips, practice_ids
					from benchmark_factor where benchmark_id = ? order by id
					""")
			.params(copy, benchmarkId)
			.update();
		return copy;
	}

	/** The versions of a benchmark, newest first, without their factors. */
	@Transactional(readOnly = true)
	public List<BenchmarkVersion> versions(long benchmarkId) {
		return this.jdbc.sql("""
				select id, benchmark_id, number, title, theme_id, introduction, published_at
				from benchmark_version where benchmark_id = ? order by number desc
				""").param(benchmarkId).query((rs, row) -> version(rs, List.of())).list();
	}

	@Transactional(readOnly = true)
	public Optional<BenchmarkVersion> version(long benchmarkId, int number) {
		return this.jdbc.sql("select id from benchmark_version where benchmark_id = ? and number = ?")
			.params(benchmarkId, number)
			.query(Long.class)
			.optional()
			.map(this::version);
	}

	@Transactional(readOnly = true)
	public Optional<BenchmarkVersion> latestVersion(long benchmarkId) {
		return this.jdbc.sql("select id from benchmark_version where benchmark_id = ? order by number desc limit 1")
			.param(benchmarkId)
			.query(Long.class)
			.optional()
			.map(this::version);
	}

	/** A version with its factors, by its id. */
	@Transactional(readOnly = true)
	public BenchmarkVersion version(long versionId) {
		List<Factor> factors = this.jdbc.sql("""
				select factor_key, kind, number, title, rationale, guiding_questions, tips, practice_ids, 0 as version
				from benchmark_version_factor where version_id = ? order by kind desc, number, factor_key
				""").param(versionId).query(Benchmarks::factor).list();
		return this.jdbc.sql("""
				select id, benchmark_id, number, title, theme_id, introduction, published_at
				from benchmark_version where id = ?
				""").param(versionId).query((rs, row) -> version(rs, factors)).single();
	}

	private void renumber(List<Factor> inOrder) {
		for (int i = 0; i < inOrder.size(); i++) {
			this.jdbc.sql("update benchmark_factor set position = ? where id = ?")
				.params(i + 1, inOrder.get(i).key())
				.update();
		}
	}

	/** Serialises structural changes (adding, moving, removing) to one benchmark. */
	private Benchmark lockHeader(long benchmarkId) {
		this.jdbc.sql("select id from benchmark where id = ? for update")
			.param(benchmarkId)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		return find(benchmarkId).orElseThrow(NotFoundException::new);
	}

	private void changed(long benchmarkId) {
		this.jdbc.sql("update benchmark set draft_changed = true, updated_at = ? where id = ?")
			.params(now(), benchmarkId)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Benchmark header(ResultSet rs, int row) throws SQLException {
		return new Benchmark(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("theme_id"),
				rs.getString("title"), rs.getString("introduction"), rs.getObject("copied_from_id", Long.class),
				rs.getBoolean("draft_changed"), rs.getObject("latest", Integer.class), rs.getLong("version"));
	}

	static Factor factor(ResultSet rs, int row) throws SQLException {
		return new Factor(rs.getLong("factor_key"), FactorKind.valueOf(rs.getString("kind")), rs.getInt("number"),
				rs.getString("title"), rs.getString("rationale"), rs.getString("guiding_questions"),
				rs.getString("tips"), ids(rs.getArray("practice_ids")), rs.getLong("version"));
	}

	private static BenchmarkVersion version(ResultSet rs, List<Factor> factors) throws SQLException {
		return new BenchmarkVersion(rs.getLong("id"), rs.getLong("benchmark_id"), rs.getInt("number"),
				rs.getString("title"), rs.getLong("theme_id"), rs.getString("introduction"),
				rs.getTimestamp("published_at").toInstant(), factors);
	}

	private static List<Long> ids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

}
