package org.citymentor.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.needs.FormFixture;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sessions and a facilitator for the training tests (a test-only bean). */
@Component
class TrainingFixtures {

	static final TestAccount COORDINATOR = new TestAccount(0, "coordinator@cemr.example.org", "", "");

	private final Trainings trainings;

	private final Groups groups;

	private final Organisations organisations;

	private final GroupMembers members;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	TrainingFixtures(Trainings trainings, Groups groups, Organisations organisations, GroupMembers members,
			AccountService accounts, JdbcClient jdbc) {
		this.trainings = trainings;
		this.groups = groups;
		this.organisations = organisations;
		this.members = members;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	long incluCities() {
		return this.jdbc.sql("select id from programme where name = 'IncluCities'").query(Long.class).single();
	}

	/**
	 * An online session of the fixture's group on this day, 10:00–12:00 Brussels time.
	 */
	long session(FormFixture f, LocalDate day) {
		return this.trainings.create(incluCities(), f.groupId(), data("Session " + day, day), "Test");
	}

	static TrainingData data(String title, LocalDate day) {
		return new TrainingData(title, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "Europe/Brussels",
				TrainingMode.ONLINE, "https://meet.example.org/" + UUID.randomUUID(), null, List.of("Welcome"));
	}

	/** A facilitator organisation in the fixture's group, with one person for it. */
	TestAccount facilitator(FormFixture f) {
		long org = this.organisations.create(new OrganisationData("Facilitator " + UUID.randomUUID(),
				OrganisationKind.FACILITATOR, "GB", null, null, List.of("en")), null);
		long participant = this.groups.addParticipant(f.groupId(), org, ParticipantSide.BOTH,
				ParticipantRole.FACILITATOR, "facilitator", new Actor(null, "Test"));
		TestAccount person = TestAccount.create(this.accounts, "facilitator", Role.MEMBER);
		this.members.add(f.groupId(), participant, person.id(), MemberRole.SUPPORT);
		return person;
	}

}
