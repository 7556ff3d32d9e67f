package org.citymentor.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citymentor.activity.Activities;
import org.citymentor.activity.ActivityKind;
import org.citymentor.personaldata.FormerMember;
import org.citymentor.personaldata.PersonalDataHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact data of people without an account is kept no longer than needed: a closed
 * group's support-network contacts, guests and invitations are cleared
 * {@code citymentor.privacy.retention-years} after the group closed (its end date, or the
 * last change of a closed group without one). What the group did stays.
 */
@Service
@EnableScheduling
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final List<PersonalDataHolder> holders;

	private final JdbcClient jdbc;

	private final Activities activities;

	private final Clock clock;

	private final int years;

	Retention(List<PersonalDataHolder> holders, JdbcClient jdbc, Activities activities, Clock clock,
			@Value("${citymentor.privacy.retention-years:5}") int years) {
		this.holders = holders;
		this.jdbc = jdbc;
		this.activities = activities;
		this.clock = clock;
		this.years = Math.max(years, 0);
	}

	@Scheduled(cron = "${citymentor.privacy.retention-cron:0 30 3 * * *}", zone = "${citymentor.time-zone}")
	public void scheduled() {
		clearExpired();
	}

	/**
	 * Clears every closed group past the retention period; returns the groups cleared.
	 */
	@Transactional
	public List<Long> clearExpired() {
		LocalDate closedBefore = LocalDate.now(this.clock).minusYears(this.years);
		List<Group> due = this.jdbc.sql("""
				select g.id, g.programme_id from mentoring_group g
				where g.status = 'CLOSED'
				  and coalesce(g.end_date, (g.updated_at at time zone 'UTC')::date) <= ?
				  and not exists (select 1 from personal_data_retention r where r.group_id = g.id)
				order by g.id for update of g skip locked
				""").param(closedBefore).query((rs, n) -> new Group(rs.getLong(1), rs.getLong(2))).list();
		for (Group group : due) {
			for (PersonalDataHolder holder : this.holders) {
				holder.clearContacts(group.id(), FormerMember.LABEL);
			}
			this.jdbc.sql("insert into personal_data_retention (group_id, cleared_at) values (?, ?)")
				.params(group.id(), java.sql.Timestamp.from(this.clock.instant()))
				.update();
			this.activities.record(group.programmeId(), group.id(), null, ActivityKind.PERSONAL_DATA_CLEARED,
					Integer.toString(this.years));
			log.info("Cleared the contact data of closed group {} ({} years after it closed)", group.id(), this.years);
		}
		return due.stream().map(Group::id).toList();
	}

	public int years() {
		return this.years;
	}

	private record Group(long id, long programmeId) {
	}

}
