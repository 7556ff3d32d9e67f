package org.citymentor.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.citymentor.activity.Activities;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.personaldata.FormerMember;
import org.citymentor.personaldata.PersonalDataHolder;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job clears a closed group's contact data of people without an account
 * exactly the configured number of years after the group closed, once, and says so in the
 * group's history. Runs in a transaction that is rolled back: the job would clear the
 * demo's closed groups as well.
 */
@CityMentorTest
class RetentionTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	Activities activities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void contactsOfAClosedGroupGoFiveYearsAfterItClosed() {
		this.transactions.executeWithoutResult((tx) -> {
			FormFixture f = this.fixtures.create();
			long group = f.groupId();
			this.jdbc.sql("update mentoring_group set status = 'CLOSED', end_date = date '2030-06-30' where id = ?")
				.param(group)
				.update();
			long member = this.jdbc.sql("""
					insert into support_network_member (group_id, participant_id, name, kind, contribution, contact,
					    represents_migrants, consent_date)
					values (?, ?, 'Sami Retained', 'NGO', 'Runs the language café', '+32 470 12 34 56', true,
					    date '2026-01-05') returning id
					""").params(group, f.menteeParticipant()).query(Long.class).single();
			long visit = this.jdbc.sql("""
					insert into visit (group_id, number, mode, starts_on, ends_on, time_zone)
					values (?, 1, 'ON_SITE', date '2029-03-01', date '2029-03-02', 'Europe/Rome') returning id
					""").param(group).query(Long.class).single();
			this.jdbc
				.sql("insert into visit_participant (visit_id, kind, name, organisation) values (?, 'GUEST', "
						+ "'Guest Gianna', 'Red Cross')")
				.param(visit)
				.update();
			this.jdbc.sql("""
					insert into invitation (token_hash, email, kind, programme_id, group_id, expires_at)
					select md5(random()::text), 'invited-retained@example.org', 'GROUP_MEMBER', programme_id, id, now()
					from mentoring_group where id = ?
					""").param(group).update();

			assertThat(retention(LocalDate.of(2035, 6, 29)).clearExpired()).doesNotContain(group);
			assertThat(contact(member)).isEqualTo("+32 470 12 34 56");

			assertThat(retention(LocalDate.of(2035, 6, 30)).clearExpired()).contains(group);
			assertThat(contact(member)).isNull();
			assertThat(value("select name from support_network_member where id = ?", member))
				.isEqualTo(FormerMember.LABEL);
			assertThat(value("select contribution from support_network_member where id = ?", member))
				.isEqualTo("Runs the language café");
			assertThat(value("select name from visit_participant where visit_id = ?", visit))
				.isEqualTo(FormerMember.LABEL);
			assertThat(value("select count(*) from invitation where group_id = ?", group)).isEqualTo(0L);
			assertThat(this.activities.ofGroup(group, 0))
				.anySatisfy((entry) -> assertThat(entry.kind().name()).isEqualTo("PERSONAL_DATA_CLEARED"));
			// once only
			assertThat(retention(LocalDate.of(2036, 1, 1)).clearExpired()).doesNotContain(group);
			tx.setRollbackOnly();
		});
	}

	private Retention retention(LocalDate today) {
		Clock clock = Clock.fixed(today.atTime(4, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		return new Retention(this.holders, this.jdbc, this.activities, clock, 5);
	}

	private String contact(long member) {
		return this.jdbc.sql("select contact from support_network_member where id = ?")
			.param(member)
			.query(String.class)
			.list()
			.get(0);
	}

	/** The one value a query answers (null allowed). */
	private Object value(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query((rs, n) -> rs.getObject(1)).list().get(0);
	}

}
