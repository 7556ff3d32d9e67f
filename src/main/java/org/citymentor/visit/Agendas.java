package org.citymentor.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of a visit: items by day, sorted by day, then start time, then their
 * position; added, changed, removed and moved up or down within their day.
 */
@Service
@Transactional
public class Agendas {

	private final JdbcClient jdbc;

	private final Clock clock;

	Agendas(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgendaItem> of(long visitId) {
		return this.jdbc.sql("select * from visit_agenda_item where visit_id = ? order by day, starts_at, position, id")
			.param(visitId)
			.query(Agendas::map)
			.list();
	}

	/** The item of this visit; 404 for an item of another visit. */
	@Transactional(readOnly = true)
	public AgendaItem require(long visitId, long itemId) {
		return find(visitId, itemId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<AgendaItem> find(long visitId, long itemId) {
		return this.jdbc.sql("select * from visit_agenda_item where id = ? and visit_id = ?")
			.params(itemId, visitId)
			.query(Agendas::map)
			.optional();
	}

	public long add(long visitId, AgendaItem.Input input, String who) {
		int position = this.jdbc
			.sql("select coalesce(max(position), 0) + 1 from visit_agenda_item where visit_id = ? and day = ?")
			.params(visitId, input.day())
			.query(Integer.class)
			.single();
		return this.jdbc.sql("""
				insert into visit_agenda_item (visit_id, day, starts_at, ends_at, title, kind, place, led_by,
				    good_practice_id, position, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(visitId, input.day(), input.startsAt(), input.endsAt(), input.title(), input.kind().name(),
					input.place(), input.ledBy(), input.goodPracticeId(), position, now(), who)
			.query(Long.class)
			.single();
	}

	/**
	 * Changes an item.
	 * @throws StaleEditException when someone changed or removed it since the person
	 * opened it
	 */
	public void update(long visitId, long itemId, long expectedVersion, AgendaItem.Input input, String who) {
		int updated = this.jdbc.sql("""
				update visit_agenda_item set day = ?, starts_at = ?, ends_at = ?, title = ?, kind = ?, place = ?,
				    led_by = ?, good_practice_id = ?, updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and visit_id = ? and version = ?
				""")
			.params(input.day(), input.startsAt(), input.endsAt(), input.title(), input.kind().name(), input.place(),
					input.ledBy(), input.goodPracticeId(), now(), who, itemId, visitId, expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	public boolean remove(long visitId, long itemId) {
		return this.jdbc.sql("delete from visit_agenda_item where id = ? and visit_id = ?")
			.params(itemId, visitId)
			.update() > 0;
	}

	/**
	 * Moves an item one place up ({@code -1}) or down ({@code 1}) within its day. The two
	 * items swap their places in the day's schedule: the one that comes first starts when
	 * the first of the two started, each keeps its length and the pause between them, so
	 * the pair still ends when it ended. Items at the same time swap their positions.
	 * @return false when there is no item to swap with (first or last of its day)
	 */
	public boolean move(long visitId, long itemId, int direction, String who) {
		AgendaItem item = require(visitId, itemId);
		List<AgendaItem> day = of(visitId).stream().filter((i) -> i.day().equals(item.day())).toList();
		int index = -1;
		for (int i = 0; i < day.size(); i++) {
			if (day.get(i).id() == itemId) {
				index = i;
			}
		}
		int other = index + ((direction < 0) ? -1 : 1);
		if (index < 0 || other < 0 || other >= day.size()) {
			return false;
		}
		AgendaItem first = day.get(Math.min(index, other));
		AgendaItem second = day.get(Math.max(index, other));
		if (first.startsAt().equals(second.startsAt())) {
			place(second, second.startsAt(), second.endsAt(), first.position(), who);
			place(first, first.startsAt(), first.endsAt(),
					second.position() == first.position() ? first.position() + 1 : second.position(), who);
			return true;
		}
		Duration pause = Duration.between(first.endsAt(), second.startsAt());
		LocalTime secondStarts = first.startsAt();
		LocalTime secondEnds = secondStarts.plus(Duration.between(second.startsAt(), second.endsAt()));
		LocalTime firstStarts = secondEnds.plus(pause);
		if (firstStarts.isBefore(secondStarts)) {
			firstStarts = secondStarts;
		}
		LocalTime firstEnds = firstStarts.plus(Duration.between(first.startsAt(), first.endsAt()));
		if (!firstEnds.isAfter(firstStarts)) {
			return false;
		}
		place(second, secondStarts, secondEnds, first.position(), who);
		place(first, firstStarts, firstEnds, Math.max(first.position(), second.position()) + 1, who);
		return true;
	}

	private void place(AgendaItem item, LocalTime starts, LocalTime ends, int position, String who) {
		this.jdbc.sql("""
				update visit_agenda_item set starts_at = ?, ends_at = ?, position = ?, updated_at = ?, updated_by = ?,
				    version = version + 1
				where id = ?
				""").params(starts, ends, position, now(), who, item.id()).update();
	}

	/** The days of a visit, first to last: the days its agenda can use. */
	public static List<LocalDate> days(Visit visit) {
		return visit.startsOn().datesUntil(visit.endsOn().plusDays(1)).toList();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	static AgendaItem map(ResultSet rs, int row) throws SQLException {
		return new AgendaItem(rs.getLong("id"), rs.getLong("visit_id"), rs.getObject("day", LocalDate.class),
				rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
				rs.getString("title"), AgendaKind.valueOf(rs.getString("kind")), rs.getString("place"),
				rs.getString("led_by"), (Long) rs.getObject("good_practice_id"), rs.getInt("position"),
				rs.getLong("version"));
	}

}
