package org.citymentor.matching;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and changing calls and finding them. Callers check who may with Access. */
@Service
public class Calls {

	public static final int PAGE_SIZE = 25;

	private static final String SELECT = """
			select c.*, p.name as programme_name,
			       (select string_agg(t.theme_id::text, ' ') from matching_call_theme t where t.call_id = c.id) as themes
			from matching_call c join programme p on p.id = c.programme_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DisplayZone zone;

	Calls(JdbcClient jdbc, Clock clock, DisplayZone zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today where the pages are read: a deadline is a whole day there. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone.zone()));
	}

	@Transactional
	public long open(long programmeId, CallData data, long userId) {
		long id = this.jdbc.sql("""
				insert into matching_call (programme_id, title, description, deadline, groups_wanted, open,
				                           acceptance_required, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(programmeId, data.title().trim(), blankToNull(data.description()), Date.valueOf(data.deadline()),
					data.groupsWanted(), data.open(), data.acceptanceRequired(), userId)
			.query(Long.class)
			.single();
		themes(id, data.themeIds());
		return id;
	}

	@Transactional
	public void update(long id, long seenVersion, CallData data) {
		int updated = this.jdbc.sql("""
				update matching_call set title = ?, description = ?, deadline = ?, groups_wanted = ?, open = ?,
				       acceptance_required = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(data.title().trim(), blankToNull(data.description()), Date.valueOf(data.deadline()),
					data.groupsWanted(), data.open(), data.acceptanceRequired(), id, seenVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
		this.jdbc.sql("delete from matching_call_theme where call_id = ?").param(id).update();
		themes(id, data.themeIds());
	}

	@Transactional(readOnly = true)
	public Optional<Call> find(long id) {
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query(Calls::call).optional();
	}

	/**
	 * A page of calls: the programmes' calls for their coordinators (all for admins); for
	 * the officer of a city ({@code organisationId}) the open ones and those it applied
	 * to.
	 */
	@Transactional(readOnly = true)
	public CallPage page(boolean admin, Collection<Long> coordinated, Long organisationId, int page) {
		String where = """
				 where (:admin or c.programme_id in (:coordinated) or (:city and c.open and c.deadline >= :today)
				        or exists (select 1 from call_application a where a.call_id = c.id and a.organisation_id = :org))
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("admin", admin);
		params.put("coordinated", coordinated.isEmpty() ? List.of(-1L) : coordinated);
		params.put("today", Date.valueOf(today()));
		params.put("org", (organisationId != null) ? organisationId : -1L);
		params.put("city", organisationId != null);
		long total = this.jdbc.sql("select count(*) from matching_call c" + where)
			.params(params)
			.query(Long.class)
			.single();
		int number = Math.max(0, page);
		List<Call> calls = this.jdbc
			.sql(SELECT + where + " order by c.deadline desc, c.id desc limit :size offset :offset")
			.params(params)
			.param("size", PAGE_SIZE)
			.param("offset", number * PAGE_SIZE)
			.query(Calls::call)
			.list();
		return new CallPage(calls, total, number, PAGE_SIZE);
	}

	/** A page of calls with its count. */
	public record CallPage(List<Call> calls, long total, int number, int size) {

		public int totalPages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

		public boolean hasNext() {
			return this.number + 1 < totalPages();
		}

		public boolean hasPrevious() {
			return this.number > 0;
		}

	}

	private void themes(long callId, Set<Long> themeIds) {
		themeIds.forEach((theme) -> this.jdbc.sql("insert into matching_call_theme (call_id, theme_id) values (?, ?)")
			.params(callId, theme)
			.update());
	}

	private static Call call(ResultSet rs, int row) throws SQLException {
		return new Call(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("programme_name"),
				rs.getString("title"), rs.getString("description"), rs.getDate("deadline").toLocalDate(),
				(Integer) rs.getObject("groups_wanted"), rs.getBoolean("open"), rs.getBoolean("acceptance_required"),
				ids(rs.getString("themes")), rs.getLong("version"));
	}

	static Set<Long> ids(String spaced) {
		Set<Long> ids = new LinkedHashSet<>();
		if (spaced != null) {
			for (String part : spaced.trim().split("\\s+")) {
				if (!part.isEmpty()) {
					ids.add(Long.valueOf(part));
				}
			}
		}
		return ids;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
