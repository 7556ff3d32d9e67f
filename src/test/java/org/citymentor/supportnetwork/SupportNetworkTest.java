package org.citymentor.supportnetwork;

import java.time.LocalDate;
import java.util.EnumSet;
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
import org.citymentor.group.TaskStatus;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city keeps its local support network (annex 5): members added, changed and removed
 * with the add-to-a-list pattern, warnings that are no errors, meetings, and contact
 * details that stay inside the group. Each test builds a group of its own.
 */
@CityMentorTest
class SupportNetworkTest {

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	Groups groups;

	@Autowired
	GroupMembers groupMembers;

	@Autowired
	SupportNetworks networks;

	@Autowired
	SupportNetworkStep step;

	@Test
	void aMenteeOfficerAddsChangesAndRemovesMembers() throws Exception {
		World w = world();
		this.mvc.perform(get(w.path()).with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Local support network of Ghent")))
			.andExpect(content().string(containsString("No members yet.")))
			.andExpect(content().string(containsString("Add a member")));
		this.mvc.perform(get(w.path() + "/members/new").with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Does this member represent migrants?")));

		String location = this.mvc
			.perform(member(w.path() + "/members", w.asMentee(), "Nadia Q.", "Neighbourhood house", "true",
					LocalDate.now().minusDays(3).toString())
				.param("contact", "ask at the neighbourhood house desk"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "notice.supportNetwork.memberAdded"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo(w.path() + "#members");
		long memberId = memberId(w.mentee, "Nadia Q.");
		this.mvc.perform(get(w.path()).with(w.asMentee()))
			.andExpect(content().string(containsString("Nadia Q.")))
			.andExpect(content().string(containsString("Neighbourhood house")))
			.andExpect(content().string(containsString("ask at the neighbourhood house desk")))
			.andExpect(content().string(containsString("Represents migrants")))
			.andExpect(content().string(containsString(w.path() + "/members/" + memberId + "/edit")));

		// "save and add another" comes back to an empty form
		this.mvc.perform(member(w.path() + "/members", w.asMentee(), "Tom V.", null, "false", "2024-01-15")
			.param("another", "1")).andExpect(redirectedUrl(w.path() + "/members/new"));

		this.mvc.perform(get(w.path() + "/members/" + memberId + "/edit").with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Nadia Q.\"")));
		this.mvc
			.perform(member(w.path() + "/members/" + memberId, w.asMentee(), "Nadia Q.", "Neighbourhood house Noord",
					"true", "2024-01-15")
				.param("version", String.valueOf(version(memberId))))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "notice.supportNetwork.memberSaved"));
		assertThat(this.networks.member(w.mentee, memberId).orElseThrow().data().organisation())
			.isEqualTo("Neighbourhood house Noord");

		this.mvc.perform(get(w.path() + "/members/" + memberId + "/remove").with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove Nadia Q. from the network?")));
		this.mvc.perform(post(w.path() + "/members/" + memberId + "/remove").with(w.asMentee()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "notice.supportNetwork.memberRemoved"));
		assertThat(this.networks.member(w.mentee, memberId)).isEmpty();
		this.mvc.perform(post(w.path() + "/members/" + memberId + "/remove").with(w.asMentee()).with(csrf()))
			.andExpect(status().isNotFound());

		// the history says what happened, never who was added or removed
		List<String> history = this.jdbc
			.sql("select kind || ' ' || coalesce(subject, '') from activity where group_id = ? order by id")
			.param(w.group)
			.query(String.class)
			.list();
		assertThat(history).contains("SUPPORT_NETWORK_MEMBER_ADDED Ghent", "SUPPORT_NETWORK_MEMBER_REMOVED Ghent");
		assertThat(String.join(" ", history)).doesNotContain("Nadia").doesNotContain("Tom V.");
	}

	@Test
	void badInputIsExplainedAndEverythingElseIsKept() throws Exception {
		World w = world();
		this.mvc
			.perform(post(w.path() + "/members").with(w.asMentee())
				.with(csrf())
				.param("name", "")
				.param("organisation", "Typed organisation that must survive")
				.param("contribution", "Typed contribution that must survive")
				.param("contact", "not an e-mail address, and that is fine")
				.param("kind", "NGO")
				.param("roles", "PREPARE_VISITS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the name of the member")))
			.andExpect(content().string(containsString("Say whether this member represents migrants")))
			.andExpect(content().string(containsString("Confirm that this person agreed to have their details stored")))
			.andExpect(content().string(containsString("Enter the date they agreed")))
			.andExpect(content().string(containsString("Typed organisation that must survive")))
			.andExpect(content().string(containsString("Typed contribution that must survive")))
			.andExpect(content().string(containsString("value=\"not an e-mail address, and that is fine\"")))
			.andExpect(content().string(containsString("value=\"NGO\" checked")))
			.andExpect(content().string(containsString("value=\"PREPARE_VISITS\" checked")));

		// consent in the future, too long ago, or not a real date
		this.mvc
			.perform(member(w.path() + "/members", w.asMentee(), "Future F.", null, "false",
					LocalDate.now().plusDays(5).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future")))
			.andExpect(content().string(containsString("value=\"Future F.\"")));
		this.mvc.perform(member(w.path() + "/members", w.asMentee(), "Old O.", null, "false", "1999-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date from 1 January 2000 onwards")));
		this.mvc.perform(member(w.path() + "/members", w.asMentee(), "Unreal U.", null, "false", "2024-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date")));
		// consent is required, whatever else is right
		this.mvc
			.perform(post(w.path() + "/members").with(w.asMentee())
				.with(csrf())
				.param("name", "No Consent N.")
				.param("kind", "OTHER")
				.param("representsMigrants", "false")
				.param("consentDate", "2024-01-15"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Confirm that this person agreed to have their details stored")));
		// a kind or a role that does not exist, a name that is too long
		this.mvc
			.perform(member(w.path() + "/members", w.asMentee(), "x".repeat(201), null, "false", "2024-01-15")
				.param("kind", "SECRET_SOCIETY")
				.param("roles", "RULER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 200 characters or fewer")))
			.andExpect(content().string(containsString("govuk-error-summary")));
		assertThat(this.networks.members(w.mentee)).isEmpty();
	}

	@Test
	void warningsAboveTenMembersAndWithoutMigrantRepresentativesAreNoErrors() throws Exception {
		World w = world();
		for (int i = 1; i <= 10; i++) {
			this.networks.addMember(w.network(), data("Member " + i, false), w.actor());
		}
		this.mvc.perform(get(w.path()).with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No member represents migrants yet")))
			.andExpect(content().string(not(containsString("The guide advises about 10"))));

		this.mvc.perform(member(w.path() + "/members", w.asMentee(), "Member 11", null, "false", "2024-01-15"))
			.andExpect(status().isFound());
		this.mvc.perform(get(w.path()).with(w.asMentee()))
			.andExpect(content().string(containsString("govuk-warning-text")))
			.andExpect(content().string(containsString("The network has 11 members. The guide advises about 10")))
			.andExpect(content().string(containsString("No member represents migrants yet")));

		this.mvc.perform(member(w.path() + "/members", w.asMentee(), "Member 12", null, "true", "2024-01-15"))
			.andExpect(status().isFound());
		this.mvc.perform(get(w.path()).with(w.asMentee()))
			.andExpect(content().string(containsString("The network has 12 members")))
			.andExpect(content().string(not(containsString("No member represents migrants yet"))));
	}

	@Test
	void meetingsAreLoggedChangedAndRemoved() throws Exception {
		World w = world();
		long amina = this.networks.addMember(w.network(), data("Amina Test", true), w.actor());
		long bert = this.networks.addMember(w.network(), data("Bert Test", false), w.actor());
		long mentorSide = this.networks.addMember(w.mentorNetwork(), data("Someone Of Antwerp", false), w.actor());

		this.mvc.perform(get(w.path() + "/meetings/new").with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amina Test")));
		// a future date, a member of another network, too long a text: explained, input
		// kept
		this.mvc
			.perform(post(w.path() + "/meetings").with(w.asMentee())
				.with(csrf())
				.param("date", LocalDate.now().plusDays(10).toString())
				.param("attendeeIds", String.valueOf(amina), String.valueOf(mentorSide))
				.param("othersPresent", "The youth service")
				.param("contribution", "Typed notes that must survive"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future")))
			.andExpect(content().string(containsString("Choose members of this network")))
			.andExpect(content().string(containsString("value=\"The youth service\"")))
			.andExpect(content().string(containsString("Typed notes that must survive")));
		this.mvc
			.perform(post(w.path() + "/meetings").with(w.asMentee())
				.with(csrf())
				.param("date", "2024-05-02")
				.param("contribution", "x".repeat(10_001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 10000 characters or fewer")));

		this.mvc
			.perform(post(w.path() + "/meetings").with(w.asMentee())
				.with(csrf())
				.param("date", "2024-05-02")
				.param("attendeeIds", String.valueOf(amina), String.valueOf(bert))
				.param("othersPresent", "The youth service")
				.param("contribution", "Amina offered to gather the questions of newcomers."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "notice.supportNetwork.meetingLogged"));
		NetworkMeetingDetails meeting = this.networks.meetings(w.mentee).get(0);
		assertThat(meeting.data().attendeeIds()).containsExactlyInAnyOrder(amina, bert);
		this.mvc.perform(get(w.path()).with(w.asMentee()))
			.andExpect(content().string(containsString("Meeting of 2 May 2024")))
			.andExpect(content().string(containsString("Amina Test, Bert Test")))
			.andExpect(content().string(containsString("Amina offered to gather the questions of newcomers.")));

		this.mvc
			.perform(post(w.path() + "/meetings/" + meeting.id()).with(w.asMentee())
				.with(csrf())
				.param("version", String.valueOf(meeting.version()))
				.param("date", "2024-05-03")
				.param("attendeeIds", String.valueOf(amina))
				.param("contribution", "Changed notes"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "notice.supportNetwork.meetingSaved"));
		assertThat(this.networks.meeting(w.mentee, meeting.id()).orElseThrow().data())
			.isEqualTo(new MeetingData(LocalDate.of(2024, 5, 3), Set.of(amina), null, "Changed notes"));

		// removing a member takes them off the meetings they attended
		this.networks.removeMember(w.network(), amina, w.actor());
		assertThat(this.networks.meeting(w.mentee, meeting.id()).orElseThrow().data().attendeeIds()).isEmpty();

		this.mvc.perform(get(w.path() + "/meetings/" + meeting.id() + "/remove").with(w.asMentee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the meeting of 3 May 2024?")));
		this.mvc.perform(post(w.path() + "/meetings/" + meeting.id() + "/remove").with(w.asMentee()).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.networks.meetings(w.mentee)).isEmpty();
		// a meeting of another network is out of reach
		long mentorMeeting = this.networks.addMeeting(w.mentorNetwork(),
				new MeetingData(LocalDate.of(2024, 1, 1), Set.of(), null, null), w.actor());
		this.mvc.perform(get(w.path() + "/meetings/" + mentorMeeting + "/edit").with(w.asMentee()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from activity where group_id = ? and kind = ?")
			.params(w.group, "SUPPORT_NETWORK_MEETING_LOGGED")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSecondSaveOfAnOldVersionShowsBothAndOverwritesNothing() throws Exception {
		World w = world();
		long memberId = this.networks.addMember(w.network(), data("Stale Test", false), w.actor());
		long version = version(memberId);
		this.mvc
			.perform(member(w.path() + "/members/" + memberId, w.asMentee(), "Stale Test", "First organisation, saved",
					"false", "2024-01-15")
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		this.mvc
			.perform(member(w.path() + "/members/" + memberId, w.asSecondMentee(), "Stale Test",
					"Second organisation, typed meanwhile", "true", "2024-01-15")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed while you were editing")))
			.andExpect(content().string(containsString("First organisation, saved")))
			.andExpect(content().string(containsString("value=\"Second organisation, typed meanwhile\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version(memberId) + "\"")));
		assertThat(this.networks.member(w.mentee, memberId).orElseThrow().data().organisation())
			.isEqualTo("First organisation, saved");

		long meetingId = this.networks.addMeeting(w.network(),
				new MeetingData(LocalDate.of(2024, 2, 1), Set.of(), null, "First notes"), w.actor());
		long meetingVersion = this.networks.meeting(w.mentee, meetingId).orElseThrow().version();
		this.mvc
			.perform(post(w.path() + "/meetings/" + meetingId).with(w.asMentee())
				.with(csrf())
				.param("version", String.valueOf(meetingVersion))
				.param("date", "2024-02-01")
				.param("contribution", "Saved notes"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(w.path() + "/meetings/" + meetingId).with(w.asSecondMentee())
				.with(csrf())
				.param("version", String.valueOf(meetingVersion))
				.param("date", "2024-02-01")
				.param("contribution", "Notes typed meanwhile"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed while you were editing")))
			.andExpect(content().string(containsString("Saved notes")))
			.andExpect(content().string(containsString("Notes typed meanwhile")));
	}

	@Test
	void contactDetailsStayInsideTheGroup() throws Exception {
		World w = world();
		long memberId = this.networks.addMember(w.network(), new MemberData("Confidential Person", "Secret Org",
				MemberKind.NGO, Set.of(), null, "confidential.person@example.org", true, LocalDate.of(2024, 1, 1)),
				w.actor());
		this.networks.addMeeting(w.network(),
				new MeetingData(LocalDate.of(2024, 2, 1), Set.of(memberId), null, "Confidential meeting notes"),
				w.actor());

		// the programme's coordinator and an admin: counts and status, no names or
		// contacts
		for (UserDetails follower : List.of(person("coordinator@cemr.example.org"), person("admin@example.org"))) {
			this.mvc.perform(get(w.path()).with(user(follower)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Number of members")))
				.andExpect(content().string(containsString("Completed")))
				.andExpect(content().string(not(containsString("Confidential Person"))))
				.andExpect(content().string(not(containsString("Secret Org"))))
				.andExpect(content().string(not(containsString("confidential.person@example.org"))))
				.andExpect(content().string(not(containsString("Confidential meeting notes"))));
			this.mvc.perform(get(w.path() + "/members/new").with(user(follower))).andExpect(status().isForbidden());
			this.mvc.perform(get(w.path() + "/members/" + memberId + "/edit").with(user(follower)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(w.path() + "/members/" + memberId + "/remove").with(user(follower)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(w.path() + "/members/" + memberId + "/remove").with(user(follower)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		// the history they read names no member either
		this.mvc.perform(get("/groups/" + w.group + "/activity").with(user(person("coordinator@cemr.example.org"))))
			.andExpect(content().string(containsString("Added a member to the local support network of Ghent")))
			.andExpect(content().string(not(containsString("Confidential Person"))));

		// the mentor city's officer reads everything but changes nothing
		this.mvc.perform(get(w.path()).with(w.asMentor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confidential Person")))
			.andExpect(content().string(containsString("confidential.person@example.org")))
			.andExpect(content().string(containsString("Only the people of Ghent change it.")))
			.andExpect(content().string(not(containsString("/members/new"))))
			.andExpect(content().string(not(containsString("/edit"))))
			.andExpect(content().string(not(containsString("/remove"))));
		this.mvc.perform(get(w.path() + "/members/new").with(w.asMentor())).andExpect(status().isForbidden());
		this.mvc.perform(member(w.path() + "/members", w.asMentor(), "Sneaky S.", null, "false", "2024-01-15"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(member(w.path() + "/members/" + memberId, w.asMentor(), "Renamed", null, "false", "2024-01-15"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(w.path() + "/members/" + memberId + "/remove").with(w.asMentor()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(w.path() + "/meetings/new").with(w.asMentor())).andExpect(status().isForbidden());
		// and keeps the network of their own city
		this.mvc.perform(get(w.mentorPath()).with(w.asMentor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Local support network of Antwerp")))
			.andExpect(content().string(containsString("Add a member")));

		// outsiders see nothing; participants of another group or that are no city do
		// not exist here
		for (UserDetails outsider : List.of(w.outsider(), person("coordinator@vvsg.example.org"))) {
			this.mvc.perform(get(w.path()).with(user(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(get(w.path() + "/members/new").with(user(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(member(w.path() + "/members", user(outsider), "Outsider O.", null, "false", "2024-01-15"))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/groups/" + w.group + "/support-network").with(user(outsider)))
				.andExpect(status().isNotFound());
		}
		long capaciParticipant = this.jdbc.sql("""
				select p.id from group_participant p join organisation o on o.id = p.organisation_id
				join mentoring_group g on g.id = p.group_id
				where o.name = 'Capaci' and g.title like 'Building a city for all%'
				""").query(Long.class).single();
		String otherGroupsCity = "/groups/" + w.group + "/participants/" + capaciParticipant + "/support-network";
		this.mvc.perform(get(otherGroupsCity).with(w.asMentee())).andExpect(status().isNotFound());
		this.mvc.perform(get(otherGroupsCity + "/members/new").with(w.asMentee())).andExpect(status().isNotFound());
		this.mvc.perform(get(otherGroupsCity).with(user(person("admin@example.org")))).andExpect(status().isNotFound());
		String facilitator = "/groups/" + w.group + "/participants/" + w.facilitator + "/support-network";
		this.mvc.perform(get(facilitator).with(w.asMentee())).andExpect(status().isNotFound());
		this.mvc.perform(get(w.path() + "/members/abc/edit").with(w.asMentee())).andExpect(status().isBadRequest());
	}

	@Test
	void theShortLinkLeadsToTheViewersOwnCity() throws Exception {
		World w = world();
		this.mvc.perform(get("/groups/" + w.group + "/support-network").with(w.asMentee()))
			.andExpect(redirectedUrl(w.path()));
		this.mvc.perform(get("/groups/" + w.group + "/support-network").with(w.asMentor()))
			.andExpect(redirectedUrl(w.mentorPath()));
		this.mvc
			.perform(get("/groups/" + w.group + "/support-network").with(user(person("coordinator@cemr.example.org"))))
			.andExpect(redirectedUrl("/groups/" + w.group));
	}

	@Test
	void theJourneyStepFollowsTheMenteeCitiesNetworks() throws Exception {
		World w = world();
		assertThat(this.step.statuses(this.journeys.batch(List.of(w.group)))).containsEntry(w.group,
				TaskStatus.NOT_STARTED);
		this.mvc.perform(get("/groups/" + w.group).with(w.asMentee()))
			.andExpect(content().string(containsString("href=\"" + w.path() + "\"")));
		this.mvc.perform(get("/groups/" + w.group).with(w.asMentor()))
			.andExpect(content().string(containsString("href=\"" + w.mentorPath() + "\"")));
		this.mvc.perform(get("/groups/" + w.group).with(user(person("coordinator@cemr.example.org"))))
			.andExpect(content().string(containsString("href=\"" + w.path() + "\"")));

		// the mentor's own network does not count
		this.networks.addMember(w.mentorNetwork(), data("Mentor Side", true), w.actor());
		assertThat(this.step.statuses(this.journeys.batch(List.of(w.group)))).containsEntry(w.group,
				TaskStatus.NOT_STARTED);

		this.networks.addMember(w.network(), data("No Representative", false), w.actor());
		assertThat(this.step.statuses(this.journeys.batch(List.of(w.group)))).containsEntry(w.group,
				TaskStatus.IN_PROGRESS);
		this.networks.addMember(w.network(), data("Representative", true), w.actor());
		assertThat(this.step.statuses(this.journeys.batch(List.of(w.group)))).containsEntry(w.group,
				TaskStatus.IN_PROGRESS);
		this.networks.addMeeting(w.network(), new MeetingData(LocalDate.of(2024, 3, 1), Set.of(), null, null),
				w.actor());
		assertThat(this.step.statuses(this.journeys.batch(List.of(w.group)))).containsEntry(w.group,
				TaskStatus.COMPLETED);
		this.mvc.perform(get("/groups/" + w.group).with(w.asMentee()))
			.andExpect(content().string(containsString("Local support network")));
		assertThat(this.step.tasks(this.journeys.batch(List.of(w.group))).get(w.group).get("SUPPORT_NETWORK").status())
			.isEqualTo(TaskStatus.COMPLETED);

		// a second mentee city without a network keeps the step in progress
		long leuven = this.groups.addParticipant(w.group, organisation("Leuven"), ParticipantSide.MENTEE,
				ParticipantRole.CITY, "Leuven", w.actor());
		assertThat(this.step.statuses(this.journeys.batch(List.of(w.group)))).containsEntry(w.group,
				TaskStatus.IN_PROGRESS);
		assertThat(leuven).isPositive();

		// one query for a page of groups: the demo's Capaci network is complete, the
		// Jelgava group has none
		long capaci = groupId("Building a city for all%");
		long jelgava = groupId("Formal and informal language%");
		assertThat(this.step.statuses(this.journeys.batch(List.of(capaci, jelgava, w.group))))
			.containsEntry(capaci, TaskStatus.COMPLETED)
			.containsEntry(jelgava, TaskStatus.NOT_STARTED)
			.containsEntry(w.group, TaskStatus.IN_PROGRESS);
		assertThat(this.step.statuses(this.journeys.batch(List.of()))).isEmpty();

		// the coordinator's overview and its CSV show the step's status per group
		UserDetails coordinator = person("coordinator@cemr.example.org");
		this.mvc.perform(get("/programmes/" + w.programme + "/groups").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Local support network")))
			.andExpect(content().string(not(containsString("Confidential"))));
		String csv = this.mvc.perform(get("/programmes/" + w.programme + "/groups.csv").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("Local support network").contains("Completed").contains("In progress");
	}

	@Test
	void theGroupStatusRule() {
		NetworkSummary none = new NetworkSummary(0, 0, 0);
		NetworkSummary started = new NetworkSummary(3, 0, 1);
		NetworkSummary noMeeting = new NetworkSummary(3, 1, 0);
		NetworkSummary done = new NetworkSummary(3, 1, 1);
		assertThat(SupportNetworks.groupStatus(List.of())).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(SupportNetworks.groupStatus(List.of(none, none))).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(SupportNetworks.groupStatus(List.of(started))).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(SupportNetworks.groupStatus(List.of(noMeeting))).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(SupportNetworks.groupStatus(List.of(done))).isEqualTo(TaskStatus.COMPLETED);
		assertThat(SupportNetworks.groupStatus(List.of(done, none))).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(new NetworkSummary(11, 0, 0).tooLarge()).isTrue();
		assertThat(new NetworkSummary(10, 0, 0).tooLarge()).isFalse();
		assertThat(none.lacksMigrantRepresentative()).isFalse();
		assertThat(started.lacksMigrantRepresentative()).isTrue();
	}

	// a group of the test's own: Ghent (mentee), Antwerp (mentor), MigrationWork
	// (facilitator)
	private World world() {
		long programme = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		Actor actor = new Actor(null, "Test");
		long group = this.groups.createGroup(programme, new GroupData("Support network test " + UUID.randomUUID(), null,
				null, null, GroupStatus.ACTIVE, Set.of(), Set.of(), null, null, null, null, null), actor);
		long mentee = this.groups.addParticipant(group, organisation("Ghent"), ParticipantSide.MENTEE,
				ParticipantRole.CITY, "Ghent", actor);
		long mentor = this.groups.addParticipant(group, organisation("Antwerp"), ParticipantSide.MENTOR,
				ParticipantRole.CITY, "Antwerp", actor);
		long facilitator = this.groups.addParticipant(group, organisation("MigrationWork"), ParticipantSide.BOTH,
				ParticipantRole.FACILITATOR, "MigrationWork", actor);
		TestAccount menteeOfficer = TestAccount.create(this.accounts, "ghent", Role.MEMBER);
		TestAccount secondMentee = TestAccount.create(this.accounts, "ghent2", Role.MEMBER);
		TestAccount mentorOfficer = TestAccount.create(this.accounts, "antwerp", Role.MEMBER);
		TestAccount outsider = TestAccount.create(this.accounts, "outsider", Role.MEMBER);
		this.groupMembers.add(group, mentee, menteeOfficer.id(), MemberRole.LEAD_OFFICER);
		this.groupMembers.add(group, mentee, secondMentee.id(), MemberRole.OFFICER);
		this.groupMembers.add(group, mentor, mentorOfficer.id(), MemberRole.LEAD_OFFICER);
		return new World(programme, group, mentee, mentor, facilitator, person(menteeOfficer.email()),
				person(secondMentee.email()), person(mentorOfficer.email()), person(outsider.email()));
	}

	private MockHttpServletRequestBuilder member(String path,
			org.springframework.test.web.servlet.request.RequestPostProcessor who, String name, String organisation,
			String representsMigrants, String consentDate) {
		MockHttpServletRequestBuilder request = post(path).with(who)
			.with(csrf())
			.param("name", name)
			.param("kind", "COMMUNITY_ASSOCIATION")
			.param("representsMigrants", representsMigrants)
			.param("consent", "true")
			.param("consentDate", consentDate);
		if (organisation != null) {
			request.param("organisation", organisation);
		}
		return request;
	}

	private static MemberData data(String name, boolean representsMigrants) {
		return new MemberData(name, null, MemberKind.OTHER, EnumSet.of(NetworkRole.EXCHANGES), null, null,
				representsMigrants, LocalDate.of(2024, 1, 1));
	}

	private long memberId(long participant, String name) {
		return this.jdbc.sql("select id from support_network_member where participant_id = ? and name = ?")
			.params(participant, name)
			.query(Long.class)
			.single();
	}

	private long version(long memberId) {
		return this.jdbc.sql("select version from support_network_member where id = ?")
			.param(memberId)
			.query(Long.class)
			.single();
	}

	private long organisation(String name) {
		return this.jdbc.sql("select min(id) from organisation where name = ?").param(name).query(Long.class).single();
	}

	private long groupId(String titlePattern) {
		return this.jdbc.sql("select id from mentoring_group where title like ?")
			.param(titlePattern)
			.query(Long.class)
			.single();
	}

	private UserDetails person(String email) {
		return this.users.loadUserByUsername(email);
	}

	private record World(long programme, long group, long mentee, long mentor, long facilitator,
			UserDetails menteeOfficer, UserDetails secondMenteeOfficer, UserDetails mentorOfficer,
			UserDetails outsiderAccount) {

		String path() {
			return "/groups/" + this.group + "/participants/" + this.mentee + "/support-network";
		}

		String mentorPath() {
			return "/groups/" + this.group + "/participants/" + this.mentor + "/support-network";
		}

		org.springframework.test.web.servlet.request.RequestPostProcessor asMentee() {
			return user(this.menteeOfficer);
		}

		org.springframework.test.web.servlet.request.RequestPostProcessor asSecondMentee() {
			return user(this.secondMenteeOfficer);
		}

		org.springframework.test.web.servlet.request.RequestPostProcessor asMentor() {
			return user(this.mentorOfficer);
		}

		UserDetails outsider() {
			return this.outsiderAccount;
		}

		Network network() {
			return new Network(this.programme, this.group, this.mentee, "Ghent");
		}

		Network mentorNetwork() {
			return new Network(this.programme, this.group, this.mentor, "Antwerp");
		}

		Actor actor() {
			return new Actor(null, "Test");
		}

	}

}
