package org.citymentor.access;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who coordinates which programme. A programme always keeps at least one coordinator. */
@Service
public class Coordinators {

	private final JdbcClient jdbc;

	Coordinators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Long> of(long programmeId) {
		return this.jdbc.sql("select user_id from programme_coordinator where programme_id = ? order by user_id")
			.param(programmeId)
			.query(Long.class)
			.list();
	}

	@Transactional
	public void add(long programmeId, long userId) {
		this.jdbc.sql("insert into programme_coordinator (programme_id, user_id) values (?, ?) on conflict do nothing")
			.params(programmeId, userId)
			.update();
	}

	/** Removes a coordinator; false (and nothing changed) when they are the last one. */
	@Transactional
	public boolean remove(long programmeId, long userId) {
		List<Long> current = this.jdbc
			.sql("select user_id from programme_coordinator where programme_id = ? for update")
			.param(programmeId)
			.query(Long.class)
			.list();
		if (!current.contains(userId)) {
			return true;
		}
		if (current.size() <= 1) {
			return false;
		}
		this.jdbc.sql("delete from programme_coordinator where programme_id = ? and user_id = ?")
			.params(programmeId, userId)
			.update();
		return true;
	}

}
