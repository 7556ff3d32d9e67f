package org.citymentor.learning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.citymentor.account.AccountService;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;
import org.citymentor.visit.MeetingData;
import org.citymentor.visit.MeetingMode;
import org.citymentor.visit.Meetings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A session of its own for a test: a fresh IncluCities group (mentee, mentor) with an
 * online meeting made a session, and people of municipalities in and outside CEMR, the
 * programme's coordinating association.
 */
@Component
public class LearningFixture {

	private final FormFixtures forms;

	private final Meetings meetings;

	private final Sessions sessions;

	private final Registrations registrations;

	private final Organisations organisations;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	LearningFixture(FormFixtures forms, Meetings meetings, Sessions sessions, Registrations registrations,
			Organisations organisations, AccountService accounts, JdbcClient jdbc) {
		this.forms = forms;
		this.meetings = meetings;
		this.sessions = sessions;
		this.registrations = registrations;
		this.organisations = organisations;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * A fixture whose session is open, in 10 days, with this capacity (null: no limit).
	 */
	public Fixture create(boolean open, Integer capacity, LocalDate day) {
		FormFixture group = this.forms.create();
		long meeting = this.meetings.create(group.groupId(),
				new MeetingData("Session " + UUID.randomUUID().toString().substring(0, 6), MeetingMode.ONLINE, day,
						LocalTime.of(10, 0), LocalTime.of(12, 0), "Europe/Brussels", null, "https://meet.example.org/x",
						null, List.of()),
				group.mentor().id(), "Test mentor");
		long version = this.meetings.require(group.groupId(), meeting).version();
		this.sessions.configure(group.groupId(), meeting, version,
				new SessionSettings(open, null, null, "en", "What we share", null));
		this.registrations.changeCapacity(meeting, capacity);
		long cemr = this.jdbc.sql("select coordinating_organisation_id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		long memberTown = town("Member town");
		this.organisations.addMember(cemr, memberTown);
		long otherTown = town("Other town");
		return new Fixture(group, meeting, memberTown, person("member-a", memberTown), person("member-b", memberTown),
				person("member-c", memberTown), person("other", otherTown));
	}

	public Fixture create(boolean open, Integer capacity) {
		return create(open, capacity, LocalDate.now().plusDays(10));
	}

	private long town(String name) {
		return this.organisations.create(new OrganisationData(name + " " + UUID.randomUUID().toString().substring(0, 6),
				OrganisationKind.CITY, "BE", null, null, List.of("nl")), null);
	}

	private TestAccount person(String label, long organisation) {
		String email = TestAccount.uniqueEmail(label);
		long id = this.accounts.createAccount(email, "Test " + label, Role.MEMBER, "en", organisation,
				TestAccount.PASSWORD);
		return new TestAccount(id, email, "Test " + label, TestAccount.PASSWORD);
	}

	/**
	 * @param memberA an officer of a CEMR member town; {@code memberB} and
	 * {@code memberC} are their colleagues
	 * @param outsider an officer of a town in no association
	 */
	public record Fixture(FormFixture group, long sessionId, long memberTown, TestAccount memberA, TestAccount memberB,
			TestAccount memberC, TestAccount outsider) {

		public String page() {
			return "/learning-sessions/" + this.sessionId;
		}

	}

}
