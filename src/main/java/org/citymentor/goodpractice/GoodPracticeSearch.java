package org.citymentor.goodpractice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Full-text search of the library on PostgreSQL. Each sheet's {@code search_vector} holds
 * its words stemmed in English, Dutch, French and Italian, accents removed, the title
 * weighing most (V4 and V19 migrations); a query is read in the four languages and any
 * may match. Results are ranked by the words of the title and the start of the summary
 * ({@code rank_vector}, V24: small and kept in the row, so ranking thousands of matches
 * stays cheap), then the newest first, and {@code ts_headline} marks the matched words in
 * a snippet, once per hit, in the language whose reading of the query ranks the sheet
 * highest ({@code ts_headline} reads the whole text, the costliest part of a search).
 */
@Component
class GoodPracticeSearch {

	/** The text snippets are made of: the sheet's long answers, in the guide's order. */
	private static final String DOCUMENT = """
			concat_ws(' … ', gp.lead_organisations, gp.context, gp.target_group, gp.aims, gp.preconditions,
			          gp.main_activities, gp.who_did_the_work, gp.funding, gp.staff, gp.volunteers, gp.partners,
			          gp.beneficiaries, gp.concrete_change, gp.evaluation, gp.success_factors, gp.challenges,
			          gp.risks, gp.transfer_requirements, gp.dos_and_donts)""";

	/**
	 * The ids of the sheets whose search_vector matches the query in any of the four
	 * languages; materialized so that PostgreSQL answers it from the GIN index alone.
	 */
	private static final String MATCHES = """
			matches as materialized (
			  select m.id from good_practice m
			  where m.search_vector @@ (websearch_to_tsquery('citymentor_english', :q)
			                            || websearch_to_tsquery('citymentor_dutch', :q)
			                            || websearch_to_tsquery('citymentor_french', :q)
			                            || websearch_to_tsquery('citymentor_italian', :q)))
			""";

	private static final String HEADLINE_OPTIONS = "StartSel=\"" + Snippet.START + "\", StopSel=\"" + Snippet.STOP
			+ "\", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

	private static final int PLAIN_SNIPPET_LENGTH = 280;

	private final JdbcClient jdbc;

	GoodPracticeSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<GoodPracticeHit> search(GoodPracticeQuery query, GoodPracticeViewer viewer, int page, int size) {
		boolean text = query.hasText();
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!viewer.seesAllDrafts()) {
			if (viewer.organisationId() != null) {
				conditions.add("(gp.status = 'PUBLISHED' or gp.owner_organisation_id = :own)");
				params.put("own", viewer.organisationId());
			}
			else {
				conditions.add("gp.status = 'PUBLISHED'");
			}
		}
		if (text) {
			params.put("q", Snippet.withoutMarkers(query.text().strip()));
		}
		if (query.themeId() != null) {
			conditions.add("exists (select 1 from good_practice_theme t where t.good_practice_id = gp.id"
					+ " and t.theme_id = :theme)");
			params.put("theme", query.themeId());
		}
		if (query.country() != null) {
			conditions.add("gp.country = :country");
			params.put("country", query.country());
		}
		if (query.organisationId() != null) {
			conditions.add("gp.owner_organisation_id = :organisation");
			params.put("organisation", query.organisationId());
		}
		if (query.hasOrganisationName()) {
			conditions.add("exists (select 1 from organisation o where o.id = gp.owner_organisation_id"
					+ " and o.name ilike :organisationName escape '\\')");
			params.put("organisationName", "%" + likeEscaped(query.organisationName().strip()) + "%");
		}
		// the sheets whose words match, found through the GIN index alone (MATCHES)
		String with = text ? "with " + MATCHES : "";
		String from = " from good_practice gp" + (text
				? " join matches on matches.id = gp.id cross join (select websearch_to_tsquery('citymentor_english', :q) as en,"
						+ " websearch_to_tsquery('citymentor_dutch', :q) as nl,"
						+ " websearch_to_tsquery('citymentor_french', :q) as fr,"
						+ " websearch_to_tsquery('citymentor_italian', :q) as it) q"
				: "") + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
		PageRequest pageable = PageRequest.of(Math.max(page, 0), size);
		params.put("limit", size);
		params.put("offset", pageable.getOffset());
		// the number of matches comes with the page's rows (a window count over the same
		// scan)
		AtomicLong total = new AtomicLong();
		if (text) {
			// PostgreSQL does not count the cost of reading each sheet's large
			// search_vector
			// (stored out of line): for a common word it would scan the table and read
			// all
			// of them; the GIN index reads none. The caller's transaction ends the
			// setting.
			this.jdbc.sql("set local enable_seqscan = off").update();
		}
		List<GoodPracticeHit> hits = text ? rankedHits(with, from, params, total) : latestHits(from, params, total);
		if (hits.isEmpty()) {
			long all = (pageable.getOffset() == 0) ? 0
					: this.jdbc.sql(with + " select count(*)" + from).params(params).query(Long.class).single();
			return new PageImpl<>(List.of(), pageable, all);
		}
		return new PageImpl<>(withThemes(hits), pageable, total.get());
	}

	private List<GoodPracticeHit> rankedHits(String with, String from, Map<String, Object> params, AtomicLong total) {
		params.put("options", HEADLINE_OPTIONS);
		// the snippet's text is read for the page's hits only, after ranking
		String sql = """
				%3$s, hits as (
				  select gp.id, gp.title, gp.owner_organisation_id, gp.country, gp.status, gp.location, gp.published_at,
				         coalesce(gp.published_at, gp.updated_at) as sort_at, gp.search_vector,
				         ts_rank(gp.rank_vector, q.en || q.nl || q.fr || q.it) as rank, q.en, q.nl, q.fr, q.it,
				         count(*) over () as total
				  %2$s
				  order by rank desc, sort_at desc, gp.id desc
				  limit :limit offset :offset),
				docs as (select h.*, %1$s as document from hits h join good_practice gp on gp.id = h.id)
				select h.id, h.title, h.owner_organisation_id, h.country, h.status, h.location, h.published_at, h.total,
				       case l.n when 2 then ts_headline('citymentor_dutch', h.document, h.nl, :options)
				                when 3 then ts_headline('citymentor_french', h.document, h.fr, :options)
				                when 4 then ts_headline('citymentor_italian', h.document, h.it, :options)
				                else ts_headline('citymentor_english', h.document, h.en, :options) end as snippet
				from docs h
				cross join lateral (
				  select n from (values (1, ts_rank(h.search_vector, h.en)), (2, ts_rank(h.search_vector, h.nl)),
				                        (3, ts_rank(h.search_vector, h.fr)), (4, ts_rank(h.search_vector, h.it))) r (n, rank)
				  order by rank desc, n limit 1) l
				order by h.rank desc, h.sort_at desc, h.id desc
				"""
			.formatted(DOCUMENT, from, with);
		return this.jdbc.sql(sql).params(params).query((rs, row) -> {
			total.set(rs.getLong("total"));
			return hit(rs, Snippet.parse(rs.getString("snippet")));
		}).list();
	}

	private List<GoodPracticeHit> latestHits(String from, Map<String, Object> params, AtomicLong total) {
		String sql = """
				select gp.id, gp.title, gp.owner_organisation_id, gp.country, gp.status, gp.location, gp.published_at,
				       left(coalesce(gp.aims, gp.context, gp.main_activities, ''), %d) as snippet,
				       count(*) over () as total
				%s
				order by coalesce(gp.published_at, gp.updated_at) desc, gp.id desc
				limit :limit offset :offset
				""".formatted(PLAIN_SNIPPET_LENGTH + 1, from);
		return this.jdbc.sql(sql).params(params).query((rs, row) -> {
			total.set(rs.getLong("total"));
			String snippet = rs.getString("snippet");
			if (snippet.length() > PLAIN_SNIPPET_LENGTH) {
				snippet = snippet.substring(0, PLAIN_SNIPPET_LENGTH).stripTrailing() + " …";
			}
			return hit(rs, List.of(new Snippet.Part(snippet, false)));
		}).list();
	}

	private List<GoodPracticeHit> withThemes(List<GoodPracticeHit> hits) {
		Map<Long, List<Long>> themes = new LinkedHashMap<>();
		hits.forEach((hit) -> themes.put(hit.id(), new ArrayList<>()));
		this.jdbc
			.sql("select good_practice_id, theme_id from good_practice_theme where good_practice_id in (:ids)"
					+ " order by theme_id")
			.param("ids", themes.keySet())
			.query((rs) -> {
				themes.get(rs.getLong("good_practice_id")).add(rs.getLong("theme_id"));
			});
		return hits.stream()
			.map((hit) -> new GoodPracticeHit(hit.id(), hit.title(), hit.ownerOrganisationId(), hit.country(),
					hit.status(), hit.location(), hit.publishedAt(), hit.snippet(), List.copyOf(themes.get(hit.id()))))
			.toList();
	}

	/** The countries of published sheets, for the filter. */
	List<String> publishedCountries() {
		return this.jdbc.sql("select distinct country from good_practice where status = 'PUBLISHED' order by country")
			.query(String.class)
			.list();
	}

	/** The organisations with published sheets, for the filter: at most {@code limit}. */
	List<Long> publishingOrganisations(int limit) {
		return this.jdbc
			.sql("select distinct owner_organisation_id from good_practice where status = 'PUBLISHED' limit :limit")
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static GoodPracticeHit hit(ResultSet rs, List<Snippet.Part> snippet) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new GoodPracticeHit(rs.getLong("id"), rs.getString("title"), rs.getLong("owner_organisation_id"),
				rs.getString("country"), GoodPracticeStatus.valueOf(rs.getString("status")), rs.getString("location"),
				(published != null) ? published.toInstant() : null, snippet, List.of());
	}

}
