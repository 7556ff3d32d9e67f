package org.citymentor.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.Groups;
import org.citymentor.programme.Programmes;
import org.citymentor.invitation.InvitationFixtures.TestGroup;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every invitation page × every kind of person: the programme's coordinator and admins
 * may invite; a member of the group sees the group but may not invite (403); the
 * coordinator of another programme and a member of another programme's group do not see
 * it (404); anonymous people are sent to sign in, except on the links of /invitations/.
 * Invitation ids are checked against the group or programme of the path.
 */
@CityMentorTest
class InvitationAccessTest {

	static final String ANONYMOUS = "anonymous";

	static final String ADMIN = "admin@example.org";

	static final String OTHER_COORDINATOR = "coordinator@vvsg.example.org";

	// made per run, so what the demo accounts coordinate and belong to stays as it is

	static final String COORDINATOR = "coordinator of this programme";

	static final String MEMBER = "member of this group";

	static final String OTHER_MEMBER = "member of a group of another programme";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Groups groups;

	@Autowired
	Programmes programmes;

	@Autowired
	AccountService accounts;

	@Autowired
	GroupMembers members;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Invitations invitations;

	@TestFactory
	Stream<DynamicTest> everyInvitationRouteAnswersOnlyThoseWhoMayUseIt() {
		InvitationFixtures fixtures = new InvitationFixtures(this.jdbc, this.groups, this.programmes, this.accounts,
				this.members, this.greenMail);
		TestGroup group = fixtures.group("Access");
		TestGroup otherGroup = fixtures.group("Other access");
		long programme = group.programmeId();
		Map<String, String> people = Map.of(ADMIN, ADMIN, COORDINATOR, group.coordinatorEmail(), OTHER_COORDINATOR,
				OTHER_COORDINATOR, MEMBER, fixtures.member(group), OTHER_MEMBER, fixtures.member(otherGroup));
		Actor coordinator = new Actor(fixtures.userId(group.coordinatorEmail()), "Coordinator");
		long invitation = invite(group, fixtures.email("access"), coordinator);
		long otherGroupsInvitation = invite(otherGroup, fixtures.email("access-other"), coordinator);
		this.invitations.inviteCoordinator(programme, fixtures.email("access-coordinator"), coordinator,
				java.util.Locale.ENGLISH);
		long coordinatorInvitation = this.invitations.pendingForProgramme(programme).get(0).id();

		String g = "/groups/" + group.id();
		String p = "/programmes/" + programme;
		List<Route> routes = new ArrayList<>();
		routes.add(Route.get(g + "/invitations/new")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		routes.add(Route.post(g + "/invitations", Map.of("email", ""))
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		routes.add(Route.post(g + "/invitations/" + invitation + "/resend", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		routes.add(Route.post(g + "/invitations/" + invitation + "/withdraw", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		// an invitation id of another group is never found through this group
		routes.add(Route.post(g + "/invitations/" + otherGroupsInvitation + "/resend", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, OTHER_MEMBER)
			.forbidden(MEMBER));
		routes.add(Route.post(g + "/invitations/" + otherGroupsInvitation + "/withdraw", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, OTHER_MEMBER)
			.forbidden(MEMBER));
		routes.add(Route.get("/groups/999999999/invitations/new")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER, OTHER_MEMBER));
		routes.add(Route.get(p + "/coordinators/invite")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		routes.add(Route.post(p + "/coordinators/invite", Map.of("email", ""))
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		routes.add(Route.post(p + "/coordinators/invitations/" + coordinatorInvitation + "/resend", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		routes.add(Route.post(p + "/coordinators/invitations/" + coordinatorInvitation + "/withdraw", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR, OTHER_MEMBER));
		// a coordinator invitation is not found through another programme, not even by
		// admins
		routes.add(Route
			.post("/programmes/" + otherGroup.programmeId() + "/coordinators/invitations/" + coordinatorInvitation
					+ "/resend", Map.of())
			.hidden(ADMIN, OTHER_COORDINATOR, COORDINATOR, MEMBER)
			.forbidden(OTHER_MEMBER));
		routes.add(Route.get("/programmes/999999999/coordinators/invite")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER, OTHER_MEMBER));
		// the links themselves are for whoever holds them
		routes.add(Route.get("/invitations/not-a-real-invitation-token")
			.open()
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER, OTHER_MEMBER));
		return routes.stream()
			.flatMap((route) -> Stream.of(ANONYMOUS, ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER, OTHER_MEMBER)
				.map((person) -> DynamicTest.dynamicTest(route.method + " " + route.path + " as " + person,
						() -> check(route, person, people.get(person)))));
	}

	private long invite(TestGroup group, String email, Actor actor) {
		this.invitations.inviteToGroup(group.id(), group.menteeParticipant(), email, MemberRole.OFFICER, actor,
				java.util.Locale.ENGLISH);
		return this.invitations.pendingForGroup(group.id())
			.stream()
			.filter((i) -> i.email().equals(email))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private void check(Route route, String person, String email) throws Exception {
		MockHttpServletRequestBuilder request = route.method.equals("GET") ? get(route.path)
				: post(route.path).with(csrf());
		route.params.forEach((name, value) -> request.param(name, value));
		if (email != null) {
			request.with(user(this.users.loadUserByUsername(email)));
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		switch (route.expected(person)) {
			case "login" ->
				assertThat(response.getRedirectedUrl()).as("anonymous is sent to sign in").endsWith("/login");
			case "ok" -> assertThat(status).as("may use it").isEqualTo(200);
			case "redirect" -> assertThat(status).as("may do it").isEqualTo(302);
			case "hidden" -> assertThat(status).as("out of sight").isEqualTo(404);
			case "forbidden" -> assertThat(status).as("in sight, not theirs to change").isEqualTo(403);
			default -> throw new IllegalStateException(route.expected(person));
		}
	}

	static final class Route {

		final String method;

		final String path;

		final Map<String, String> params;

		final Map<String, String> outcomes = new java.util.HashMap<>();

		private Route(String method, String path, Map<String, String> params) {
			this.method = method;
			this.path = path;
			this.params = params;
			this.outcomes.put(ANONYMOUS, "login");
		}

		static Route get(String path) {
			return new Route("GET", path, Map.of());
		}

		static Route post(String path, Map<String, String> params) {
			return new Route("POST", path, params);
		}

		Route allow(String... people) {
			return mark("ok", people);
		}

		Route redirects(String... people) {
			return mark("redirect", people);
		}

		Route hidden(String... people) {
			return mark("hidden", people);
		}

		Route forbidden(String... people) {
			return mark("forbidden", people);
		}

		/** Anonymous people get the page itself, not the sign-in page. */
		Route open() {
			this.outcomes.put(ANONYMOUS, "hidden");
			return this;
		}

		String expected(String person) {
			String outcome = this.outcomes.get(person);
			if (outcome == null) {
				throw new IllegalStateException(
						"no expectation for " + person + " on " + this.method + " " + this.path);
			}
			return outcome;
		}

		private Route mark(String outcome, String... people) {
			for (String person : people) {
				this.outcomes.put(person, outcome);
			}
			return this;
		}

	}

}
