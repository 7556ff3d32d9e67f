package org.citymentor.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.matching.MatchData.Figures;
import org.citymentor.matching.MatchData.Focus;
import org.citymentor.matching.MatchData.Labels;
import org.citymentor.matching.MatchData.Mentee;
import org.citymentor.matching.MatchData.Mentor;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the scoring compares, in a bounded number of queries, from submitted
 * versions and confirmed contexts only (coordinators never see draft content), and keeps
 * the programmes' weights.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

	private static final String SEPARATOR = "\u001e";

	private static final String LATEST = """
			select d.organisation_id, d.subject_organisation_id, d.participant_id, a.question_key, a.value_text,
			       a.value_number, a.value_flag
			from form_document d
			join lateral (select v.id from form_version v where v.document_id = d.id order by v.number desc limit 1) lv on true
			join form_version_answer a on a.version_id = lv.id
			""";

	private final JdbcClient jdbc;

	private final Themes themes;

	private final ObjectProvider<MenteeFocus> focus;

	Suggestions(JdbcClient jdbc, Themes themes, ObjectProvider<MenteeFocus> focus) {
		this.jdbc = jdbc;
		this.themes = themes;
		this.focus = focus;
	}

	/** The mentor applications of the call ranked for the mentee application. */
	public Ranking rank(Application mentee, List<Application> mentors, Locale locale) {
		Weights weights = weights(programmeOf(mentee.callId()));
		List<Application> all = new ArrayList<>(mentors);
		all.add(mentee);
		Set<Long> orgs = all.stream().map(Application::organisationId).collect(Collectors.toSet());
		Map<Long, Figures> figures = figures(orgs);
		Map<Long, String> governance = governance(orgs);
		Map<Long, Profile> profiles = profiles(orgs);
		String needs = (mentee.participantId() != null) ? needsText(mentee.participantId()) : "";
		Map<Long, Set<String>> orgLanguages = organisationLanguages(orgs);
		Map<Long, Integer> taken = taken(mentee.callId(), mentee.id());
		List<Focus> focusTitles = focus(mentee);

		List<String> texts = new ArrayList<>();
		texts.add(needs);
		texts.add(governance.getOrDefault(mentee.organisationId(), ""));
		for (Application mentor : mentors) {
			texts.add(profiles.getOrDefault(mentor.organisationId(), Profile.NONE).text());
			texts.add(governance.getOrDefault(mentor.organisationId(), ""));
		}
		if (focusTitles != null) {
			focusTitles.forEach((f) -> texts.add(f.title()));
		}
		List<Map<String, String>> words = lexemes(texts);
		if (focusTitles != null) {
			int first = 2 + 2 * mentors.size();
			List<Focus> withLexemes = new ArrayList<>();
			for (int i = 0; i < focusTitles.size(); i++) {
				withLexemes.add(new Focus(focusTitles.get(i).title(), words.get(first + i).keySet()));
			}
			focusTitles = withLexemes;
		}
		Mentee side = new Mentee(mentee.id(), mentee.organisationId(), mentee.organisationName(), mentee.country(),
				mentee.themeIds(), union(mentee.languages(), orgLanguages.get(mentee.organisationId())), words.get(0),
				figures.getOrDefault(mentee.organisationId(), Figures.NONE), words.get(1), focusTitles);
		List<Mentor> candidates = new ArrayList<>();
		for (int i = 0; i < mentors.size(); i++) {
			Application m = mentors.get(i);
			Profile profile = profiles.getOrDefault(m.organisationId(), Profile.NONE);
			candidates.add(new Mentor(m.id(), m.organisationId(), m.organisationName(), m.country(),
					union(m.themeIds(), profile.themeIds()), union(m.languages(), orgLanguages.get(m.organisationId())),
					words.get(2 + 2 * i), figures.getOrDefault(m.organisationId(), Figures.NONE), words.get(3 + 2 * i),
					m.capacity(), taken.getOrDefault(m.id(), 0)));
		}
		Set<String> languageCodes = new LinkedHashSet<>();
		candidates.forEach((c) -> languageCodes.addAll(c.languages()));
		languageCodes.addAll(side.languages());
		Labels labels = new Labels(this.themes.labels(allThemes(side, candidates), locale),
				languageCodes.stream()
					.collect(Collectors.toMap((c) -> c, (c) -> Locale.forLanguageTag(c).getDisplayLanguage(locale))),
				all.stream()
					.map(Application::country)
					.distinct()
					.collect(Collectors.toMap((c) -> c, (c) -> new Locale("", c).getDisplayCountry(locale))));
		return new Ranking(weights, new MatchScoring(weights, labels).rank(side, candidates));
	}

	/** The suggestions with the weights they were computed with. */
	public record Ranking(Weights weights, List<Suggestion> suggestions) {
	}

	public Weights weights(long programmeId) {
		return this.jdbc.sql("select * from matching_weights where programme_id = ?")
			.param(programmeId)
			.query((rs, row) -> {
				Map<Criterion, Integer> values = new EnumMap<>(Criterion.class);
				for (Criterion c : Criterion.values()) {
					values.put(c, rs.getInt(c.name().toLowerCase(Locale.ROOT)));
				}
				return new Weights(values);
			})
			.optional()
			.orElseGet(Weights::defaults);
	}

	public long weightsVersion(long programmeId) {
		return this.jdbc.sql("select version from matching_weights where programme_id = ?")
			.param(programmeId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	@Transactional
	public void saveWeights(long programmeId, long seenVersion, Weights weights) {
		List<Object> values = new ArrayList<>();
		values.add(programmeId);
		Arrays.stream(Criterion.values()).forEach((c) -> values.add(weights.of(c)));
		int updated = this.jdbc.sql("""
				insert into matching_weights (programme_id, needs, focus, profile, governance, language, capacity)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (programme_id) do update set needs = excluded.needs, focus = excluded.focus,
				    profile = excluded.profile, governance = excluded.governance, language = excluded.language,
				    capacity = excluded.capacity, version = matching_weights.version + 1
				where matching_weights.version = ?
				""").params(values).param(seenVersion).update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	private long programmeOf(long callId) {
		return this.jdbc.sql("select programme_id from matching_call where id = ?")
			.param(callId)
			.query(Long.class)
			.single();
	}

	private List<Focus> focus(Application mentee) {
		List<MenteeFocus> sources = this.focus.orderedStream().toList();
		if (sources.isEmpty() || mentee.participantId() == null) {
			return null;
		}
		List<Focus> titles = new ArrayList<>();
		sources.forEach((source) -> source.focusTitles(List.of(mentee.participantId()))
			.getOrDefault(mentee.participantId(), List.of())
			.forEach((title) -> titles.add(new Focus(title, Set.of()))));
		return titles;
	}

	private Map<Long, Figures> figures(Collection<Long> orgs) {
		Map<Long, Map<String, Object[]>> answers = new HashMap<>();
		this.jdbc.sql(LATEST + " where d.kind = 'LOCAL_CONTEXT' and d.organisation_id in (:orgs)")
			.param("orgs", orgs)
			.query((rs, row) -> answers.computeIfAbsent(rs.getLong("organisation_id"), (k) -> new HashMap<>())
				.put(rs.getString("question_key"),
						new Object[] { rs.getBigDecimal("value_number"), rs.getObject("value_flag") }))
			.list();
		Map<Long, Figures> figures = new HashMap<>();
		answers
			.forEach((org, a) -> figures.put(org, new Figures(number(a, "population"), number(a, "migrantPopulation"),
					number(a, "cityBudget"), (Boolean) a.getOrDefault("sensitivityCompetences", new Object[2])[1])));
		return figures;
	}

	private static BigDecimal number(Map<String, Object[]> answers, String key) {
		Object[] value = answers.get(key);
		return (value != null) ? (BigDecimal) value[0] : null;
	}

	/**
	 * Part C about each city, by whichever association wrote it: relations, framework,
	 * objectives.
	 */
	private Map<Long, String> governance(Collection<Long> orgs) {
		Map<Long, StringBuilder> texts = new HashMap<>();
		this.jdbc.sql(LATEST + """
				 where d.kind = 'NATIONAL_CONTEXT' and d.subject_organisation_id in (:orgs)
				 and a.question_key in ('governmentRelations', 'supportiveFramework', 'sharedObjectives')
				 and a.value_text is not null
				""")
			.param("orgs", orgs)
			.query((rs, row) -> texts.computeIfAbsent(rs.getLong("subject_organisation_id"), (k) -> new StringBuilder())
				.append(' ')
				.append(rs.getString("value_text")))
			.list();
		return texts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().toString()));
	}

	private record Profile(Set<Long> themeIds, String text) {

		static final Profile NONE = new Profile(Set.of(), "");

	}

	private Map<Long, Profile> profiles(Collection<Long> orgs) {
		Map<Long, Map<String, String>> answers = new HashMap<>();
		this.jdbc.sql(LATEST + """
				 where d.kind = 'MENTOR_PROFILE' and d.participant_id is null and d.organisation_id in (:orgs)
				 and a.value_text is not null
				""")
			.param("orgs", orgs)
			.query((rs, row) -> answers.computeIfAbsent(rs.getLong("organisation_id"), (k) -> new HashMap<>())
				.put(rs.getString("question_key"), rs.getString("value_text")))
			.list();
		Map<Long, Profile> profiles = new HashMap<>();
		answers.forEach((org, a) -> profiles.put(org,
				new Profile(Calls.ids(a.getOrDefault("policyAreas", "").replaceAll("[^0-9 ]", " ")),
						String.join(" ", a.getOrDefault("experience", ""), a.getOrDefault("practicesWhy", ""),
								a.getOrDefault("actors", "")))));
		return profiles;
	}

	private String needsText(long participantId) {
		return String.join(" ", this.jdbc.sql(LATEST + """
				 where d.kind = 'NEEDS_ANALYSIS' and d.participant_id = ?
				 and a.question_key in ('challenge', 'crossCutting', 'learningWish') and a.value_text is not null
				""").param(participantId).query((rs, row) -> rs.getString("value_text")).list());
	}

	private Map<Long, Set<String>> organisationLanguages(Collection<Long> orgs) {
		Map<Long, Set<String>> languages = new HashMap<>();
		this.jdbc.sql("select organisation_id, language from organisation_language where organisation_id in (:orgs)")
			.param("orgs", orgs)
			.query((rs, row) -> languages.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashSet<>())
				.add(rs.getString(2)))
			.list();
		return languages;
	}

	/** Mentees matched to each mentor application of the call, this mentee left out. */
	private Map<Long, Integer> taken(long callId, long menteeApplicationId) {
		Map<Long, Integer> taken = new HashMap<>();
		this.jdbc.sql("""
				select mentor_application_id, count(*) from call_match where call_id = ? and mentee_application_id <> ?
				group by mentor_application_id
				""")
			.params(callId, menteeApplicationId)
			.query((rs, row) -> taken.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return taken;
	}

	/**
	 * Each text's words as PostgreSQL's English text search sees them (stop words left
	 * out): lexeme → the word as written. One query for all texts.
	 */
	List<Map<String, String>> lexemes(List<String> texts) {
		List<Map<String, String>> result = new ArrayList<>();
		texts.forEach((t) -> result.add(new HashMap<>()));
		String joined = texts.stream()
			.map((t) -> (t != null) ? t.replace(SEPARATOR, " ") : "")
			.collect(Collectors.joining(SEPARATOR));
		this.jdbc.sql("""
				select x.i, t.token, t.lexemes[1] as lexeme
				from regexp_split_to_table(?, E'\\x1e') with ordinality as x(txt, i)
				cross join lateral ts_debug('english', x.txt) t
				where t.alias in ('asciiword', 'word') and cardinality(t.lexemes) > 0 and length(t.token) > 2
				""").param(joined).query((rs, row) -> {
			result.get(rs.getInt("i") - 1).putIfAbsent(rs.getString("lexeme"), rs.getString("token"));
			return null;
		}).list();
		return result;
	}

	private static Set<Long> allThemes(Mentee mentee, List<Mentor> mentors) {
		Set<Long> ids = new LinkedHashSet<>(mentee.themeIds());
		mentors.forEach((m) -> ids.addAll(m.themeIds()));
		return ids;
	}

	private static <T> Set<T> union(Set<T> a, Set<T> b) {
		Set<T> all = new LinkedHashSet<>(a);
		if (b != null) {
			all.addAll(b);
		}
		return all;
	}

}
