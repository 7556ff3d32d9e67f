package org.citymentor.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit notes: one per person per visit, confidential to the group's members
 * (decisions.md 3). Coordinators and admins who are not members learn that notes exist
 * (author, date) and read only those their author shared with the coordinator. The same
 * rule guards the notes of meetings between visits
 * ({@link VisitAccess#mayReadMeetingNotes}).
 */
@Service
@Transactional
public class VisitNotes {

	private static final String SELECT = """
			select n.*, u.display_name as author_name from visit_note n left join app_user u on u.id = n.author_id
			""";

	private final JdbcClient jdbc;

	private final VisitAccess access;

	private final Clock clock;

	VisitNotes(JdbcClient jdbc, VisitAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** The notes of a visit, oldest first. Check who reads them before showing any. */
	@Transactional(readOnly = true)
	public List<VisitNote> of(long visitId) {
		return this.jdbc.sql(SELECT + " where n.visit_id = ? order by n.created_at, n.id")
			.param(visitId)
			.query(VisitNotes::map)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<VisitNote> mine(long visitId, long userId) {
		return this.jdbc.sql(SELECT + " where n.visit_id = ? and n.author_id = ?")
			.params(visitId, userId)
			.query(VisitNotes::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<VisitNote> find(long groupId, long visitId, long noteId) {
		return this.jdbc.sql(SELECT + " where n.id = ? and n.visit_id = ? and n.group_id = ?")
			.params(noteId, visitId, groupId)
			.query(VisitNotes::map)
			.optional();
	}

	/**
	 * Whether this person reads this note: members of its group always, others who see
	 * the group only when the author shared it with the coordinator.
	 */
	@Transactional(readOnly = true)
	public boolean mayRead(CurrentUser user, VisitNote note) {
		return mayReadConfidential(user, note.groupId(), note.shared());
	}

	/**
	 * The note a person may read; 404 for a guessed id of another group or visit, and for
	 * a confidential note when they are not a member of the group.
	 */
	@Transactional(readOnly = true)
	public VisitNote requireReadable(CurrentUser user, long groupId, long visitId, long noteId) {
		VisitNote note = find(groupId, visitId, noteId).orElseThrow(NotFoundException::new);
		if (!mayRead(user, note)) {
			throw new NotFoundException();
		}
		return note;
	}

	private boolean mayReadConfidential(CurrentUser user, long groupId, boolean shared) {
		if (this.access.isMember(user, groupId)) {
			return true;
		}
		return shared && this.access.mayRead(user, groupId);
	}

	/**
	 * Saves the person's note of a visit: creates it the first time, else changes it.
	 * @param expectedVersion the version the person opened, or null when they started a
	 * new note
	 * @return the note as saved
	 * @throws StaleEditException when the note was changed (or created, in another tab)
	 * since the person opened it
	 */
	public VisitNote save(long groupId, long visitId, long authorId, Long expectedVersion, VisitNote.Text text) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (expectedVersion == null) {
			List<Long> created = this.jdbc.sql("""
					insert into visit_note (visit_id, group_id, author_id, observations, doing_well, options_discussed,
					    next_steps, created_at, updated_at, language)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (visit_id, author_id) do nothing returning id
					""")
				.params(visitId, groupId, authorId, clean(text.observations()), clean(text.doingWell()),
						clean(text.optionsDiscussed()), clean(text.nextSteps()), now, now, SupportedLanguages.current())
				.query(Long.class)
				.list();
			if (created.isEmpty()) {
				throw new StaleEditException();
			}
		}
		else {
			int updated = this.jdbc.sql("""
					update visit_note set observations = ?, doing_well = ?, options_discussed = ?, next_steps = ?,
					    updated_at = ?, language = coalesce(?, language), version = version + 1
					where visit_id = ? and group_id = ? and author_id = ? and version = ?
					""")
				.params(clean(text.observations()), clean(text.doingWell()), clean(text.optionsDiscussed()),
						clean(text.nextSteps()), now, SupportedLanguages.current(), visitId, groupId, authorId,
						expectedVersion)
				.update();
			if (updated == 0) {
				throw new StaleEditException();
			}
		}
		return mine(visitId, authorId).orElseThrow();
	}

	/** The author shares the note with the coordinator, or withdraws it. */
	public void share(long noteId, long authorId, boolean shared) {
		this.jdbc.sql("update visit_note set shared_with_coordinator = ? where id = ? and author_id = ?")
			.params(shared, noteId, authorId)
			.update();
	}

	/**
	 * What the notes part of a visit page shows this person: members read every note and
	 * write their own; everyone else who sees the group learns who wrote notes and when,
	 * and reads only the shared ones.
	 */
	@Transactional(readOnly = true)
	public NotesOfVisit viewOf(Visit visit, CurrentUser user) {
		if (user == null || !this.access.mayRead(user, visit.groupId())) {
			return new NotesOfVisit(false, List.of(), List.of(), null);
		}
		boolean member = this.access.isMember(user, visit.groupId());
		List<VisitNote> all = of(visit.id());
		List<Written> written = all.stream()
			.map((n) -> new Written(n.id(), n.authorName(), n.updatedAt(), n.shared()))
			.toList();
		List<VisitNote> readable = all.stream().filter((n) -> member || n.shared()).toList();
		VisitNote mine = member ? all.stream().filter((n) -> n.isBy(user.id())).findFirst().orElse(null) : null;
		return new NotesOfVisit(member, written, readable, mine);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.replace("\r\n", "\n").strip();
	}

	static VisitNote map(ResultSet rs, int row) throws SQLException {
		return new VisitNote(rs.getLong("id"), rs.getLong("visit_id"), rs.getLong("group_id"),
				(Long) rs.getObject("author_id", Long.class), rs.getString("author_name"), rs.getString("observations"),
				rs.getString("doing_well"), rs.getString("options_discussed"), rs.getString("next_steps"),
				rs.getBoolean("shared_with_coordinator"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getLong("version"), rs.getString("language"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * The notes of a visit as one person may see them.
	 *
	 * @param member whether the person is a member of the group (reads all, writes their
	 * own)
	 * @param written every note, without its content: who wrote it and when
	 * @param readable the notes whose content the person may read
	 * @param mine the person's own note, if a member wrote one
	 */
	public record NotesOfVisit(boolean member, List<Written> written, List<VisitNote> readable, VisitNote mine) {
	}

	/** That a note exists: its author and last change, never its content. */
	public record Written(long noteId, String authorName, Instant updatedAt, boolean shared) {
	}

}
