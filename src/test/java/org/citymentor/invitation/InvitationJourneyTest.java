package org.citymentor.invitation;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * From the coordinator's invitation to the person in the group: the e-mail, the link, a
 * new account or one click, and links that no longer work.
 */
@CityMentorTest
class InvitationJourneyTest {

	/**
	 * Spring Session's cookie: CITYMENTOR_SESSION in the servlet container, SESSION under
	 * MockMvc's mock servlet context.
	 */
	static final java.util.Set<String> SESSION_COOKIES = java.util.Set.of("CITYMENTOR_SESSION", "SESSION");

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

	@Autowired
	Invitations invitations;

	InvitationFixtures fixtures;

	UserDetails coordinator;

	TestGroup group;

	@BeforeEach
	void setUp() {
		this.fixtures = new InvitationFixtures(this.jdbc, this.groups, this.programmes, this.accounts, this.members,
				this.greenMail);
		this.group = this.fixtures.group("Journey");
		this.coordinator = this.users.loadUserByUsername(this.group.coordinatorEmail());
	}

	@Test
	void aNewPersonChoosesAPasswordJoinsTheGroupAndIsSignedIn() throws Exception {
		String email = this.fixtures.email("new");
		invite(email, this.group.menteeParticipant(), "OFFICER");

		assertThat(this.fixtures.mailsTo(email)).hasSize(1);
		MimeMessage mail = this.fixtures.mailsTo(email).get(0);
		assertThat(InvitationFixtures.subject(mail)).contains("Journey");
		assertThat(InvitationFixtures.body(mail)).contains("http://localhost:8080/invitations/")
			.contains("Test coordinator-")
			.contains("Capaci");
		String token = this.fixtures.token(email);
		assertThat(this.jdbc.sql("select count(*) from invitation where token_hash = ?")
			.param(InvitationTokens.hash(token))
			.query(Long.class)
			.single()).as("only the hash is stored").isOne();

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"displayName\"")))
			.andExpect(content().string(containsString("name=\"confirmation\"")))
			.andExpect(content().string(containsString(email)));

		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Marta Bianchi")
				.param("password", "short")
				.param("confirmation", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password must be at least 15 characters long")))
			.andExpect(content().string(containsString("value=\"Marta Bianchi\"")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Marta Bianchi")
				.param("password", "passwordpassword")
				.param("confirmation", "passwordpassword"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too easy to guess")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Marta Bianchi")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD + "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords are not the same")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your name")));
		assertThat(this.accounts.findIdByEmail(email)).as("no account after bad input").isEmpty();

		MvcResult accepted = this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Marta Bianchi")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/groups/" + this.group.id()))
			.andExpect(flash().attribute("notice", "notice.joinedGroup"))
			.andReturn();

		long userId = this.fixtures.userId(email);
		assertThat(this.jdbc.sql("select role from app_user where id = ?").param(userId).query(String.class).single())
			.isEqualTo("MEMBER");
		assertThat(this.jdbc.sql("select organisation_id from app_user where id = ?")
			.param(userId)
			.query(Long.class)
			.single()).isEqualTo(this.fixtures.organisation("Capaci"));
		assertThat(this.jdbc.sql("select participant_id, role from group_member where group_id = ? and user_id = ?")
			.params(this.group.id(), userId)
			.query((rs, row) -> rs.getLong(1) + " " + rs.getString(2))
			.single()).isEqualTo(this.group.menteeParticipant() + " OFFICER");
		assertThat(this.jdbc.sql("select accepted_by from invitation where token_hash = ?")
			.param(InvitationTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(userId);
		assertThat(this.jdbc.sql("select kind from activity where group_id = ? and subject = ? order by id")
			.params(this.group.id(), email)
			.query(String.class)
			.list()).containsExactly("INVITED", "JOINED");
		assertThat(this.jdbc.sql("select actor_name from activity where group_id = ? and kind = 'JOINED'")
			.param(this.group.id())
			.query(String.class)
			.single()).isEqualTo("Marta Bianchi");

		Cookie session = sessionCookie(accepted.getResponse());
		this.mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invitation link no longer works")))
			.andExpect(content().string(containsString("already been accepted")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Someone Else")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD))
			.andExpect(status().isGone());
	}

	@Test
	void aPersonWithAnAccountJoinsWithOneClickAndTheLinkIsThenUsedUp() throws Exception {
		String email = this.fixtures.email("existing");
		long userId = this.fixtures.account(email, Role.MEMBER, "en");
		invite(email, this.group.mentorParticipant(), "LEAD_OFFICER");
		String token = this.fixtures.token(email);
		UserDetails person = this.users.loadUserByUsername(email);

		this.mvc.perform(get("/invitations/" + token).with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Join the group")))
			.andExpect(content().string(not(containsString("name=\"password\""))));
		this.mvc.perform(post("/invitations/" + token + "/join").with(user(person)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/groups/" + this.group.id()));
		assertThat(this.members.of(this.group.id()))
			.anyMatch((m) -> m.userId() == userId && m.participantId() == this.group.mentorParticipant());

		this.mvc.perform(post("/invitations/" + token + "/join").with(user(person)).with(csrf()))
			.andExpect(status().isGone());
		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invitation link no longer works")));
		assertThat(this.jdbc.sql("select count(*) from group_member where group_id = ? and user_id = ?")
			.params(this.group.id(), userId)
			.query(Long.class)
			.single()).as("a double submit joins once").isOne();
	}

	@Test
	void someoneWithAnAccountWhoIsNotSignedInSignsInAndComesBackToTheInvitation() throws Exception {
		String email = this.fixtures.email("signin");
		this.fixtures.account(email, Role.MEMBER, "en");
		invite(email, this.group.menteeParticipant(), "OFFICER");
		String token = this.fixtures.token(email);

		MvcResult page = this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to accept")))
			.andExpect(content().string(not(containsString("name=\"password\""))))
			.andReturn();
		Cookie session = sessionCookie(page.getResponse());

		MvcResult signedIn = this.mvc
			.perform(post("/login").cookie(session)
				.with(csrf())
				.param("email", email)
				.param("password", InvitationFixtures.PASSWORD))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/invitations/" + token);
	}

	@Test
	void someoneSignedInWithAnotherAccountIsToldTheInvitationIsForAnotherAddress() throws Exception {
		String email = this.fixtures.email("other");
		invite(email, this.group.menteeParticipant(), "OFFICER");
		String token = this.fixtures.token(email);
		UserDetails someoneElse = this.users.loadUserByUsername("mentor@schaerbeek.example.org");

		this.mvc.perform(get("/invitations/" + token).with(user(someoneElse)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This invitation is for another e-mail address")))
			.andExpect(content().string(containsString(email)));
		this.mvc.perform(post("/invitations/" + token + "/join").with(user(someoneElse)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isOk());
	}

	@Test
	void resendingSendsANewLinkAndTheOldOneNoLongerWorks() throws Exception {
		String email = this.fixtures.email("resent");
		invite(email, this.group.menteeParticipant(), "SUPPORT");
		String oldToken = this.fixtures.token(email);
		long invitationId = invitationId(email);

		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations/" + invitationId + "/resend")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/groups/" + this.group.id() + "#people"))
			.andExpect(flash().attribute("notice", "notice.invitationResent"));
		assertThat(this.fixtures.mailsTo(email)).hasSize(2);
		String newToken = this.fixtures.token(email);
		assertThat(newToken).isNotEqualTo(oldToken);

		this.mvc.perform(get("/invitations/" + oldToken))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This invitation link no longer works")));
		this.mvc.perform(get("/invitations/" + newToken)).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select kind from activity where group_id = ? and subject = ? order by id")
			.params(this.group.id(), email)
			.query(String.class)
			.list()).containsExactly("INVITED", "INVITATION_RESENT");
	}

	@Test
	void aWithdrawnLinkShowsTheClearPage() throws Exception {
		String email = this.fixtures.email("withdrawn");
		invite(email, this.group.menteeParticipant(), "OFFICER");
		String token = this.fixtures.token(email);
		long invitationId = invitationId(email);

		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations/" + invitationId + "/withdraw")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/groups/" + this.group.id() + "#people"))
			.andExpect(flash().attribute("notice", "notice.invitationWithdrawn"));
		assertThat(this.fixtures.mailsTo(email)).hasSize(1);

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invitation link no longer works")))
			.andExpect(content().string(containsString("withdrawn")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Late Person")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD))
			.andExpect(status().isGone());
		assertThat(this.accounts.findIdByEmail(email)).isEmpty();
		assertThat(this.jdbc.sql("select kind from activity where group_id = ? and subject = ? order by id")
			.params(this.group.id(), email)
			.query(String.class)
			.list()).containsExactly("INVITED", "INVITATION_WITHDRAWN");
	}

	@Test
	void anExpiredLinkShowsTheClearPageAndCanBeResent() throws Exception {
		String email = this.fixtures.email("expired");
		invite(email, this.group.menteeParticipant(), "OFFICER");
		String token = this.fixtures.token(email);
		this.jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where email = ?")
			.param(email)
			.update();

		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invitation has expired")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("displayName", "Late Person")
				.param("password", InvitationFixtures.STRONG_PASSWORD)
				.param("confirmation", InvitationFixtures.STRONG_PASSWORD))
			.andExpect(status().isGone());
		assertThat(this.accounts.findIdByEmail(email)).isEmpty();

		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations/" + invitationId(email) + "/resend")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/invitations/" + this.fixtures.token(email))).andExpect(status().isOk());
	}

	@Test
	void aTamperedOrMadeUpLinkShowsTheClearPage() throws Exception {
		String email = this.fixtures.email("tampered");
		invite(email, this.group.menteeParticipant(), "OFFICER");
		String token = this.fixtures.token(email);
		String tampered = ((token.charAt(0) == 'A') ? "B" : "A") + token.substring(1);

		for (String link : new String[] { tampered, "abc", token + "x", "a".repeat(500) }) {
			this.mvc.perform(get("/invitations/" + link))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("This invitation link no longer works")));
		}
		this.mvc.perform(post("/invitations/" + tampered + "/join").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void invitingTheSameAddressAgainReplacesTheEarlierInvitation() throws Exception {
		String email = this.fixtures.email("twice");
		invite(email, this.group.menteeParticipant(), "OFFICER");
		String first = this.fixtures.token(email);
		invite(email, this.group.mentorParticipant(), "POLITICIAN");
		String second = this.fixtures.token(email);

		this.mvc.perform(get("/invitations/" + first)).andExpect(status().isGone());
		this.mvc.perform(get("/invitations/" + second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mechelen")));
		assertThat(this.invitations.pendingForGroup(this.group.id())).extracting(PendingInvitation::email)
			.containsExactly(email);
	}

	@Test
	void theEmailIsInTheLanguageOfTheInvitedAccountElseInTheInvitersLanguage() throws Exception {
		// Sofie Peeters' account is in Dutch; the coordinator uses the pages in English
		invite("mentor@mechelen.example.org", this.group.mentorParticipant(), "OFFICER");
		MimeMessage dutch = last(this.fixtures.mailsTo("mentor@mechelen.example.org"));
		assertThat(InvitationFixtures.subject(dutch)).startsWith("Uitnodiging");

		String email = this.fixtures.email("nl");
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.cookie(new Cookie("CITYMENTOR_LANG", "nl"))
				.param("email", email)
				.param("participantId", String.valueOf(this.group.menteeParticipant()))
				.param("role", "OFFICER"))
			.andExpect(status().isFound());
		assertThat(InvitationFixtures.subject(this.fixtures.mailsTo(email).get(0))).startsWith("Uitnodiging");
		this.mvc.perform(get("/invitations/" + this.fixtures.token(email)).cookie(new Cookie("CITYMENTOR_LANG", "nl")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maak je account aan")));
	}

	private void invite(String email, long participantId, String role) throws Exception {
		this.mvc
			.perform(post("/groups/" + this.group.id() + "/invitations").with(user(this.coordinator))
				.with(csrf())
				.param("email", email)
				.param("participantId", String.valueOf(participantId))
				.param("role", role))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/groups/" + this.group.id() + "#people"))
			.andExpect(flash().attribute("notice", "notice.invitationSent"));
	}

	private long invitationId(String email) {
		return this.jdbc.sql("select id from invitation where email = ? and withdrawn_at is null")
			.param(email)
			.query(Long.class)
			.single();
	}

	private static MimeMessage last(java.util.List<MimeMessage> mails) {
		return mails.get(mails.size() - 1);
	}

	static Cookie sessionCookie(MockHttpServletResponse response) {
		return java.util.Arrays.stream(response.getCookies())
			.filter((cookie) -> SESSION_COOKIES.contains(cookie.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

}
