package org.citymentor.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned: written by a side of a group for its organisation, tagged with themes,
 * and published by a coordinator only when the organisation consented. Published lessons
 * name organisations, never people.
 */
@Service
@Transactional
public class Lessons {

	/** Lessons per page of the lessons page. */
	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	Lessons(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Lesson> ofGroup(long groupId) {
		return withThemes(this.jdbc.sql("select * from lesson where group_id = ? order by created_at, id")
			.param(groupId)
			.query(Lessons::map)
			.list());
	}

	/** A lesson of this group; 404 for an id of another group. */
	@Transactional(readOnly = true)
	public Lesson require(long groupId, long lessonId) {
		return withThemes(this.jdbc.sql("select * from lesson where id = ? and group_id = ?")
			.params(lessonId, groupId)
			.query(Lessons::map)
			.list()).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	public long write(long groupId, long participantId, LessonInput input) {
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into lesson (group_id, participant_id, title, body, consent, consent_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(groupId, participantId, input.title(), input.body(), input.consent(), input.consent() ? now : null,
					now, now)
			.query(Long.class)
			.single();
		themes(id, input.themeIds());
		return id;
	}

	/**
	 * Changes a lesson. A published lesson leaves the lessons page until a coordinator
	 * publishes the new text again; without consent it cannot be published at all.
	 * @throws StaleEditException when someone changed it meanwhile
	 */
	public void update(long lessonId, long expectedVersion, LessonInput input) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int changed = this.jdbc.sql("""
				update lesson set title = ?, body = ?, consent = ?,
				    consent_at = case when ? then coalesce(consent_at, ?) end,
				    published_at = null, published_by = null,
				    updated_at = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(input.title(), input.body(), input.consent(), input.consent(), now, now, lessonId, expectedVersion)
			.update();
		if (changed == 0) {
			throw new StaleEditException();
		}
		themes(lessonId, input.themeIds());
	}

	/** Publishes a lesson its organisation consented to; false when it did not. */
	public boolean publish(long lessonId, String who) {
		return this.jdbc.sql("""
				update lesson set published_at = ?, published_by = ?, version = version + 1
				where id = ? and consent and published_at is null
				""").params(Timestamp.from(this.clock.instant()), who, lessonId).update() > 0
				|| this.jdbc.sql("select exists (select 1 from lesson where id = ? and published_at is not null)")
					.param(lessonId)
					.query(Boolean.class)
					.single();
	}

	public void unpublish(long lessonId) {
		this.jdbc.sql("update lesson set published_at = null, published_by = null, version = version + 1 where id = ?")
			.param(lessonId)
			.update();
	}

	/**
	 * A page of published lessons, newest first, across programmes, optionally of one
	 * theme: organisation, programme and group by name, never people.
	 */
	@Transactional(readOnly = true)
	public PublishedPage published(Long themeId, int page) {
		int total = this.jdbc.sql("""
				select count(*) from lesson l where l.published_at is not null
				and (cast(:theme as bigint) is null or exists (select 1 from lesson_theme t where t.lesson_id = l.id
				                                                and t.theme_id = :theme))
				""").param("theme", themeId).query(Integer.class).single();
		List<Lesson> lessons = withThemes(this.jdbc.sql("""
				select l.*, o.name as organisation_name, g.title as group_title, p.name as programme_name
				from lesson l join group_participant gp on gp.id = l.participant_id
				join organisation o on o.id = gp.organisation_id
				join mentoring_group g on g.id = l.group_id join programme p on p.id = g.programme_id
				where l.published_at is not null
				and (cast(:theme as bigint) is null or exists (select 1 from lesson_theme t where t.lesson_id = l.id
				                                                and t.theme_id = :theme))
				order by l.published_at desc, l.id desc limit :size offset :offset
				""")
			.param("theme", themeId)
			.param("size", PAGE_SIZE)
			.param("offset", Math.max(page, 0) * PAGE_SIZE)
			.query(Lessons::map)
			.list());
		return new PublishedPage(lessons, Math.max(page, 0), (total + PAGE_SIZE - 1) / PAGE_SIZE, total);
	}

	private void themes(long lessonId, Set<Long> themeIds) {
		this.jdbc.sql("delete from lesson_theme where lesson_id = ?").param(lessonId).update();
		for (Long themeId : themeIds) {
			this.jdbc.sql("insert into lesson_theme (lesson_id, theme_id) values (?, ?)")
				.params(lessonId, themeId)
				.update();
		}
	}

	private List<Lesson> withThemes(List<Lesson> lessons) {
		if (lessons.isEmpty()) {
			return lessons;
		}
		Map<Long, List<Long>> themes = new HashMap<>();
		this.jdbc.sql("select lesson_id, theme_id from lesson_theme where lesson_id in (:ids) order by theme_id")
			.param("ids", lessons.stream().map(Lesson::id).toList())
			.query((rs) -> {
				themes.computeIfAbsent(rs.getLong("lesson_id"), (k) -> new ArrayList<>()).add(rs.getLong("theme_id"));
			});
		return lessons.stream().map((l) -> l.withThemes(themes.getOrDefault(l.id(), List.of()))).toList();
	}

	private static Lesson map(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Lesson(rs.getLong("id"), rs.getLong("group_id"), rs.getLong("participant_id"), rs.getString("title"),
				rs.getString("body"), rs.getBoolean("consent"), (published != null) ? published.toInstant() : null,
				List.of(), optional(rs, "organisation_name"), optional(rs, "group_title"),
				optional(rs, "programme_name"), rs.getLong("version"));
	}

	private static String optional(ResultSet rs, String column) throws SQLException {
		java.sql.ResultSetMetaData meta = rs.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (meta.getColumnLabel(i).equals(column)) {
				return rs.getString(i);
			}
		}
		return null;
	}

	/** What a side types in a lesson. */
	public record LessonInput(String title, String body, Set<Long> themeIds, boolean consent) {

		public LessonInput {
			themeIds = Set.copyOf(themeIds);
		}

	}

	/**
	 * A lesson; the names are filled on the lessons page only.
	 */
	public record Lesson(long id, long groupId, long participantId, String title, String body, boolean consent,
			Instant publishedAt, List<Long> themeIds, String organisationName, String groupTitle, String programmeName,
			long version) {

		public boolean published() {
			return this.publishedAt != null;
		}

		Lesson withThemes(List<Long> themes) {
			return new Lesson(this.id, this.groupId, this.participantId, this.title, this.body, this.consent,
					this.publishedAt, themes, this.organisationName, this.groupTitle, this.programmeName, this.version);
		}

	}

	/** One page of published lessons. */
	public record PublishedPage(List<Lesson> lessons, int number, int totalPages, int total) {

		public boolean hasPrevious() {
			return this.number > 0;
		}

		public boolean hasNext() {
			return this.number + 1 < this.totalPages;
		}

		public int getNumber() {
			return this.number;
		}

		public int getTotalPages() {
			return this.totalPages;
		}

	}

}
