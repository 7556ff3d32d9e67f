package org.citymentor.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A group of its own for a test, in IncluCities: a mentee city with its association, a
 * mentor city, and one officer for each. Tests share the database, so names are unique.
 */
public record FormFixture(long groupId, long menteeCity, long association, long mentorCity, long menteeParticipant,
		long associationParticipant, long mentorParticipant, TestAccount mentee, TestAccount associationOfficer,
		TestAccount mentor, TestAccount outsider) {

	public static FormFixture create(Groups groups, Organisations organisations, GroupMembers members,
			AccountService accounts, JdbcClient jdbc) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long city = organisations.create(
				new OrganisationData("Mentee town " + suffix, OrganisationKind.CITY, "IT", null, null, List.of("it")),
				null);
		long association = organisations.create(new OrganisationData("Association " + suffix,
				OrganisationKind.ASSOCIATION, "IT", null, null, List.of("it")), null);
		long mentorCity = organisations.create(
				new OrganisationData("Mentor town " + suffix, OrganisationKind.CITY, "BE", null, null, List.of("nl")),
				null);
		long programme = jdbc.sql("select id from programme where name = 'IncluCities'").query(Long.class).single();
		Actor actor = new Actor(null, "Test");
		long group = groups.createGroup(programme, new GroupData("Forms test " + suffix, null, LocalDate.of(2026, 1, 1),
				null, GroupStatus.ACTIVE, Set.of(), Set.of("en"), null, null, null, null, null), actor);
		long menteeP = groups.addParticipant(group, city, ParticipantSide.MENTEE, ParticipantRole.CITY, "city", actor);
		long assocP = groups.addParticipant(group, association, ParticipantSide.MENTEE, ParticipantRole.ASSOCIATION,
				"association", actor);
		long mentorP = groups.addParticipant(group, mentorCity, ParticipantSide.MENTOR, ParticipantRole.CITY, "mentor",
				actor);
		TestAccount mentee = TestAccount.create(accounts, "mentee", Role.MEMBER);
		TestAccount officer = TestAccount.create(accounts, "association", Role.MEMBER);
		TestAccount mentor = TestAccount.create(accounts, "mentor", Role.MEMBER);
		TestAccount outsider = TestAccount.create(accounts, "outsider", Role.MEMBER);
		members.add(group, menteeP, mentee.id(), MemberRole.LEAD_OFFICER);
		members.add(group, assocP, officer.id(), MemberRole.OFFICER);
		members.add(group, mentorP, mentor.id(), MemberRole.LEAD_OFFICER);
		return new FormFixture(group, city, association, mentorCity, menteeP, assocP, mentorP, mentee, officer, mentor,
				outsider);
	}

	public String needsAnalysis() {
		return "/groups/" + this.groupId + "/participants/" + this.menteeParticipant + "/needs-analysis";
	}

}
