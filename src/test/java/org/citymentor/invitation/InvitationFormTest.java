package org.citymentor.invitation;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.Cookie;
import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.group.Groups;
import org.citymentor.programme.Programmes;
import org.citymentor.invitation.InvitationFixtures.TestGroup;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation forms with bad input, and inviting a person to coordinate a programme.
 */
@CityMentorTest
class InvitationFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Groups groups;

	@Autowired
	Programmes programmes;

	@Autowired
	AccountService accounts;

	@Autowired
	GroupMembers members;

	InvitationFixtures fixtures;

	UserDetails coordinator;

	TestGroup group;

	@BeforeEach
	void setUp() {
		this.fixtures = new InvitationFixtures(this.jdbc, this.groups, this.programmes, this.accounts, this.members,
				this.greenMail);
		this.group = this.fixtures.group("Forms");
		this.coordinator = this.users.loadUserByUsername(this.group.coordinatorEmail());
	}

	@Test
	void theInvitePageOffersTheGroupsOrganisationsAndTheRoles() throws Exception {
		this.mvc.perform(get("/groups/" + this.group.id() + "/invitations/new").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invite a person to Forms")))
			.andExpect(content().string(containsString("Capaci (mentee side)")))
			.andExpect(content().string(containsString("Mechelen (mentor side)")))
			.andExpect(content().string(containsString("Lead officer")));
	}

	@Test
	void anInvalidEmailIsAFieldErrorAndTheInputIsKept() throws Exception {
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", "marta at capaci")
				.param("participantId", String.valueOf(this.group.menteeParticipant()))
				.param("role", "OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter an e-mail address in the right format")))
			.andExpect(content().string(containsString("value=\"marta at capaci\"")))
			.andExpect(content().string(containsString("href=\"#email\"")));
		assertThat(openInvitations()).isZero();
	}

	@Test
	void aParticipantOfAnotherGroupIsRefused() throws Exception {
		TestGroup other = this.fixtures.group("Elsewhere");
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", this.fixtures.email("wrong-participant"))
				.param("participantId", String.valueOf(other.menteeParticipant()))
				.param("role", "OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the organisations of this group")));
		assertThat(openInvitations()).isZero();
	}

	@Test
	void missingOrMadeUpChoicesAreFieldErrorsNotServerErrors() throws Exception {
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", this.fixtures.email("choices")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the organisation the person works for")))
			.andExpect(content().string(containsString("Choose the role of the person in the group")));
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", this.fixtures.email("choices"))
				.param("participantId", "twelve")
				.param("role", "MAYOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the organisations of this group")))
			.andExpect(content().string(containsString("Choose the role of the person in the group")));
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", "not-an-address")
				.param("participantId", "twelve")
				.param("role", "OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address in the right format")))
			.andExpect(content().string(containsString("Choose one of the organisations of this group")));
		assertThat(openInvitations()).isZero();
	}

	@Test
	void invitingSomeoneWhoIsAlreadyAMemberSaysSo() throws Exception {
		String member = this.fixtures.member(this.group);
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", member.toUpperCase(java.util.Locale.ROOT))
				.param("participantId", String.valueOf(this.group.menteeParticipant()))
				.param("role", "OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This person is already a member of the group")));
		assertThat(this.fixtures.mailsTo(member)).isEmpty();
	}

	@Test
	void aNewPersonInvitedToCoordinateAProgrammeAcceptsAndCoordinatesIt() throws Exception {
		long programme = this.group.programmeId();
		String email = this.fixtures.email("coordinator");
		this.mvc.perform(get("/programmes/" + programme + "/coordinators/invite").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invite a coordinator for " + this.group.programmeName())));
		this.mvc
			.perform(post("/programmes/" + programme + "/coordinators/invite").with(user(this.coordinator))
				.with(csrf())
				.param("email", email))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/programmes/" + programme + "#coordinators"))
			.andExpect(flash().attribute("notice", "notice.invitationSent"));
		assertThat(this.fixtures.mailsTo(email)).hasSize(1);
		assertThat(InvitationFixtures.subject(this.fixtures.mailsTo(email).get(0)))
			.contains(this.group.programmeName());
		String token = this.fixtures.token(email);
		this.mvc.perform(get("/programmes/" + programme).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("/coordinators/invitations/")));

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Coordinate " + this.group.programmeName())));
		MvcResult accepted = this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Nora Lindqvist")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/programmes/" + programme))
			.andExpect(flash().attribute("notice", "notice.joinedProgramme"))
			.andReturn();

		long userId = this.fixtures.userId(email);
		assertThat(this.jdbc.sql("select role from app_user where id = ?").param(userId).query(String.class).single())
			.isEqualTo("COORDINATOR");
		assertThat(this.jdbc.sql("select count(*) from programme_coordinator where programme_id = ? and user_id = ?")
			.params(programme, userId)
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc
			.sql("select kind from activity where programme_id = ? and group_id is null and subject = ? order by id")
			.params(programme, email)
			.query(String.class)
			.list()).containsExactly("INVITED", "JOINED");
		Cookie session = InvitationJourneyTest.sessionCookie(accepted.getResponse());
		this.mvc.perform(get("/programmes/" + programme + "/edit").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
	}

	@Test
	void aMemberWhoAcceptsToCoordinateBecomesACoordinator() throws Exception {
		long programme = this.group.programmeId();
		String email = this.fixtures.email("promoted");
		long userId = this.fixtures.account(email, Role.MEMBER, "en");
		this.mvc
			.perform(post("/programmes/" + programme + "/coordinators/invite").with(user(this.coordinator))
				.with(csrf())
				.param("email", email))
			.andExpect(status().isFound());
		String token = this.fixtures.token(email);
		UserDetails member = this.users.loadUserByUsername(email);

		this.mvc.perform(get("/invitations/" + token).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Become a coordinator")));
		MvcResult joined = this.mvc.perform(post("/invitations/" + token + "/join").with(user(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/programmes/" + programme))
			.andReturn();
		assertThat(this.jdbc.sql("select role from app_user where id = ?").param(userId).query(String.class).single())
			.isEqualTo("COORDINATOR");
		assertThat(this.jdbc.sql("select count(*) from programme_coordinator where programme_id = ? and user_id = ?")
			.params(programme, userId)
			.query(Long.class)
			.single()).isOne();
		// the session now carries the new role: coordinators may add organisations
		this.mvc.perform(get("/organisations/new").cookie(InvitationJourneyTest.sessionCookie(joined.getResponse())))
			.andExpect(status().isOk());
	}

	@Test
	void theCoordinatorFormRefusesBadAddressesAndCurrentCoordinators() throws Exception {
		long programme = this.group.programmeId();
		this.mvc
			.perform(post("/programmes/" + programme + "/coordinators/invite").with(user(this.coordinator))
				.with(csrf())
				.param("email", "not an address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address in the right format")))
			.andExpect(content().string(containsString("value=\"not an address\"")));
		this.mvc
			.perform(post("/programmes/" + programme + "/coordinators/invite").with(user(this.coordinator))
				.with(csrf())
				.param("email", this.group.coordinatorEmail()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This person already coordinates this programme")));
	}

	private long openInvitations() {
		return this.jdbc.sql("select count(*) from invitation where group_id = ?")
			.param(this.group.id())
			.query(Long.class)
			.single();
	}

}
