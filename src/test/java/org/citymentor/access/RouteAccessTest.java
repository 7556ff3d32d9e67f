package org.citymentor.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * Every page × every kind of person: a page answers 200 (or a redirect after a POST) only
 * to those who may see it; others get 404 when the thing is out of their sight, 403 when
 * they may see it but not change it, and anonymous people are sent to sign in. Fails when
 * a page answers 200 to someone who may not see it.
 */
@CityMentorTest
class RouteAccessTest {

	static final String ANONYMOUS = "anonymous";

	static final String ADMIN = "admin@example.org";

	static final String COORDINATOR = "coordinator@cemr.example.org";

	static final String OTHER_COORDINATOR = "coordinator@vvsg.example.org";

	static final String MEMBER = "mentee@capaci.example.org";

	static final List<String> PEOPLE = List.of(ANONYMOUS, ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersOnlyThoseWhoMaySeeIt() {
		long programme = id("select id from programme where name = 'IncluCities'");
		long cemr = id("select id from organisation where name like 'Council of European%'");
		long capaci = id("select id from organisation where name = 'Capaci'");
		long cemrCoordinator = id("select id from app_user where email = '" + COORDINATOR + "'");
		List<Route> routes = new ArrayList<>();
		// programmes
		routes.add(Route.get("/programmes").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// a member of one of the programme's groups sees the programme but changes
		// nothing
		routes.add(Route.get("/programmes/" + programme).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/programmes/" + programme + "/edit")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme, Map.of("name", ""))
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/coordinators", Map.of("userId", "0"))
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/coordinators/" + cemrCoordinator + "/remove", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		long planSamenleven = id("select id from programme where name = 'Plan Samenleven'");
		routes.add(
				Route.get("/programmes/" + planSamenleven).allow(ADMIN, OTHER_COORDINATOR).hidden(COORDINATOR, MEMBER));
		routes.add(Route.get("/programmes/new").allow(ADMIN).forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/programmes", Map.of("name", ""))
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/programmes/999999999").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// organisations
		routes.add(Route.get("/organisations").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + capaci).allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/new").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR).forbidden(MEMBER));
		routes.add(Route.post("/organisations", Map.of("name", ""))
			.allow(ADMIN, COORDINATOR, OTHER_COORDINATOR)
			.forbidden(MEMBER));
		routes.add(Route.get("/organisations/" + cemr + "/edit")
			.allow(ADMIN, COORDINATOR)
			.forbidden(OTHER_COORDINATOR, MEMBER));
		// Capaci takes part in an IncluCities group, so IncluCities' coordinator may edit
		// it
		routes.add(Route.get("/organisations/" + capaci + "/edit")
			.allow(ADMIN, COORDINATOR)
			.forbidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/organisations/" + capaci, Map.of("name", ""))
			.allow(ADMIN, COORDINATOR)
			.forbidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/organisations/" + cemr + "/members", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/999999999").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// the managed list of themes
		long housing = id("select id from theme where code = 'housing'");
		routes.add(Route.get("/admin/themes").allow(ADMIN).forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/admin/themes", Map.of("labelEn", ""))
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/admin/themes/" + housing + "/edit")
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/admin/themes/" + housing, Map.of("labelEn", ""))
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// groups
		long capaciGroup = id("select id from mentoring_group where title like 'Building a city for all%'");
		long jelgavaGroup = id("select id from mentoring_group where title like 'Formal and informal language%'");
		routes.add(Route.get("/groups/" + capaciGroup).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/groups/" + jelgavaGroup).allow(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/activity")
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/groups/" + jelgavaGroup + "/activity")
			.allow(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/edit")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/groups/" + capaciGroup, Map.of("title", ""))
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/groups/" + jelgavaGroup, Map.of("title", ""))
			.allow(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/groups/" + capaciGroup + "/participants", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/groups/" + capaciGroup + "/participants/999999999/remove", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR)
			.forbidden(MEMBER));
		routes.add(Route.post("/groups/" + capaciGroup + "/members/999999999/remove", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR)
			.forbidden(MEMBER));
		routes.add(Route.get("/groups/999999999").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/programmes/" + programme + "/groups")
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/programmes/" + programme + "/groups.csv")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/programmes/" + programme + "/groups/new")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/groups", Map.of("title", ""))
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/goals", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		// the local support network of a city in a group: the group reads it, the city
		// keeps it, coordinators and admins see counts only
		long capaciCity = id("select p.id from group_participant p join organisation o on o.id = p.organisation_id "
				+ "where p.group_id = " + capaciGroup + " and o.name = 'Capaci'");
		long mechelenCity = id("select p.id from group_participant p join organisation o on o.id = p.organisation_id "
				+ "where p.group_id = " + capaciGroup + " and o.name = 'Mechelen'");
		long aiccre = id("select p.id from group_participant p join organisation o on o.id = p.organisation_id "
				+ "where p.group_id = " + capaciGroup + " and o.name = 'AICCRE'");
		long jelgavaCity = id("select p.id from group_participant p join organisation o on o.id = p.organisation_id "
				+ "where p.group_id = " + jelgavaGroup + " and o.name = 'Jelgava'");
		long networkMember = id("select min(id) from support_network_member where participant_id = " + capaciCity);
		long networkMeeting = id("select min(id) from support_network_meeting where participant_id = " + capaciCity);
		String network = "/groups/" + capaciGroup + "/participants/" + capaciCity + "/support-network";
		routes.add(Route.get("/groups/" + capaciGroup + "/support-network")
			.redirects(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(network).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		for (String page : List.of("/members/new", "/members/" + networkMember + "/edit",
				"/members/" + networkMember + "/remove", "/meetings/new", "/meetings/" + networkMeeting + "/edit",
				"/meetings/" + networkMeeting + "/remove")) {
			routes.add(Route.get(network + page).allow(MEMBER).forbidden(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.get(network + "/members/999999999/edit")
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		// invalid input is shown again (200) and changes nothing
		routes.add(Route.post(network + "/members", Map.of("name", ""))
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(network + "/members/" + networkMember, Map.of("name", ""))
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(network + "/meetings", Map.of("date", ""))
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(network + "/meetings/" + networkMeeting, Map.of("date", ""))
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(network + "/members/999999999/remove", Map.of())
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		routes.add(Route.post(network + "/meetings/999999999/remove", Map.of())
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		// the mentor city's network: the mentee reads it, only Mechelen's people change
		// it
		String mentorNetwork = "/groups/" + capaciGroup + "/participants/" + mechelenCity + "/support-network";
		routes.add(Route.get(mentorNetwork).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.get(mentorNetwork + "/members/new")
			.forbidden(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(mentorNetwork + "/members", Map.of("name", ""))
			.forbidden(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		// another group's network, a participant of another group, an association
		String jelgavaNetwork = "/groups/" + jelgavaGroup + "/participants/" + jelgavaCity + "/support-network";
		routes.add(Route.get(jelgavaNetwork).allow(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get(jelgavaNetwork + "/members/new")
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/participants/" + jelgavaCity + "/support-network")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/participants/" + jelgavaCity + "/support-network/members/new")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/participants/" + aiccre + "/support-network")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// the guide's forms: Capaci's needs analysis is submitted in the demo
		String needs = "/groups/" + capaciGroup + "/participants/" + capaciCity + "/needs-analysis";
		routes.add(Route.get("/groups/" + capaciGroup + "/needs-analysis")
			.allow(ADMIN, COORDINATOR)
			.redirects(MEMBER)
			.hidden(OTHER_COORDINATOR));
		for (String page : List.of("", "/answers", "/answers?version=1", "/print", "/compare", ".pdf")) {
			routes.add(Route.get(needs + page).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.get(needs + "/parts/A")
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes
			.add(Route.get(needs + "/check").redirects(MEMBER).forbidden(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR));
		routes.add(Route.get(needs + "/parts/Z").hidden(MEMBER, OTHER_COORDINATOR).forbidden(ADMIN, COORDINATOR));
		routes.add(Route.post(needs + "/parts/A", Map.of("a.challenge", "tampered"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(needs + "/autosave", Map.of("part", "A", "a.challenge", "tampered"))
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(needs + "/submit", Map.of("version", "-1"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(needs + "/comments", Map.of("question", "challenge", "body", ""))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(needs + "/comments/999999999/resolve", Map.of())
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		String jelgavaNeeds = "/groups/" + jelgavaGroup + "/participants/" + jelgavaCity + "/needs-analysis";
		routes.add(Route.get(jelgavaNeeds).allow(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR, MEMBER));
		for (String action : List.of("/reopen", "/share", "/submit", "/parts/A")) {
			routes.add(Route.post(jelgavaNeeds + action, Map.of("a.challenge", "x"))
				.forbidden(ADMIN, COORDINATOR)
				.hidden(OTHER_COORDINATOR, MEMBER));
		}
		routes.add(Route.get("/groups/" + capaciGroup + "/participants/" + mechelenCity + "/needs-analysis")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// action plans: Capaci's demo plan has three submitted versions, the third
		// approved
		String plan = "/groups/" + capaciGroup + "/participants/" + capaciCity + "/action-plan";
		for (String page : List.of("", "/versions/1", "/compare?from=1&to=3")) {
			routes.add(Route.get(plan + page).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.get(plan + "/versions/99").hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		routes.add(Route.get(plan + "/answers").redirects(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes
			.add(Route.get(plan + "/amendment").allow(MEMBER).forbidden(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR));
		for (String page : List.of(".pdf", ".docx", "/print", "/actions.csv", "/progress.csv", "/print?version=1")) {
			routes.add(Route.get(plan + page).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		}
		long approval = id("select a.id from plan_approval a join form_document d on d.id = a.document_id "
				+ "where d.participant_id = " + capaciCity);
		routes.add(Route.get(plan + "/approvals/" + approval + ".pdf")
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(plan + "/approvals/999999999.pdf").hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		routes.add(Route.get(plan + "/print?draft=true")
			.forbidden(ADMIN, COORDINATOR)
			.allow(MEMBER)
			.hidden(OTHER_COORDINATOR));
		for (String page : List.of("/check", "/approval", "/actions/" + java.util.UUID.randomUUID())) {
			routes
				.add(Route.get(plan + page).redirects(MEMBER).forbidden(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.get(plan + "/commitments/new")
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(plan + "/plan-parts/999999999/actions/new")
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		// a submitted plan refuses changes: its owner is sent back to the plan with a
		// notice
		routes.add(Route.post(plan + "/plan-parts", Map.of("title", "tampered"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(plan + "/plan-parts/999999999/actions/new", Map.of("title", "tampered"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(plan + "/actions/" + java.util.UUID.randomUUID() + "/comments", Map.of("body", "x"))
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		routes.add(Route.post(plan + "/comments/999999999/resolve", Map.of())
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		routes.add(Route.post(plan + "/commitments/999999999/remove", Map.of())
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		routes.add(Route.post(plan + "/submit", Map.of("version", "-1"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(plan + "/parts/A", Map.of("a.planTitle", "tampered"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		for (String action : List.of("/share", "/start")) {
			routes.add(Route.post(plan + action, Map.of())
				.forbidden(ADMIN, COORDINATOR)
				.hidden(OTHER_COORDINATOR)
				.redirects(MEMBER));
		}
		// Ostend's plan for action 22 of Plan Samenleven: VVSG coordinates it
		long ostendPlanGroup = id(
				"select group_id from form_document d join organisation o on o.id = d.organisation_id "
						+ "where d.kind = 'ACTION_PLAN' and o.name = 'Ostend'");
		long ostendParticipant = id("select participant_id from form_document d join organisation o "
				+ "on o.id = d.organisation_id where d.kind = 'ACTION_PLAN' and o.name = 'Ostend'");
		String ostendPlan = "/groups/" + ostendPlanGroup + "/participants/" + ostendParticipant + "/action-plan";
		routes.add(Route.get(ostendPlan).allow(ADMIN, OTHER_COORDINATOR).hidden(COORDINATOR, MEMBER));
		for (String action : List.of("/reopen", "/submit", "/plan-parts", "/amendment")) {
			routes.add(Route.post(ostendPlan + action, Map.of("title", "tampered", "reason", "tampered"))
				.forbidden(ADMIN, OTHER_COORDINATOR)
				.hidden(COORDINATOR, MEMBER));
		}
		// monitoring: the mentee city logs progress, the mentor side observes,
		// coordinators read
		routes.add(Route.get(plan + "/monitoring").allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.post(plan + "/monitoring/interval", Map.of("months", "3"))
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR)
			.redirects(MEMBER));
		String firstAction = this.jdbc
			.sql("select a.action_key::text from plan_action a join form_document d "
					+ "on d.id = a.document_id where d.participant_id = ? order by a.part_id, a.position limit 1")
			.param(capaciCity)
			.query(String.class)
			.single();
		routes.add(Route.get(plan + "/actions/" + firstAction + "/progress")
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(plan + "/actions/" + firstAction + "/progress", Map.of("kind", "OBSERVATION"))
			.forbidden(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(plan + "/actions/" + java.util.UUID.randomUUID() + "/progress")
			.hidden(MEMBER, OTHER_COORDINATOR)
			.forbidden(ADMIN, COORDINATOR));
		routes.add(Route.get(plan + "/monitoring/actions/" + firstAction)
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(plan + "/monitoring/actions/" + java.util.UUID.randomUUID())
			.hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		String jelgavaPlan = "/groups/" + jelgavaGroup + "/participants/" + jelgavaCity + "/action-plan";
		routes.add(Route.get(jelgavaPlan).allow(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get(jelgavaPlan + "/versions/1").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/participants/" + mechelenCity + "/action-plan")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// visits and meetings: readers see them, members and the programme's coordinators
		// plan them
		long visit = id("select id from visit where group_id = " + capaciGroup + " order by number limit 1");
		for (String page : List.of("/visits", "/visits/" + visit)) {
			routes.add(Route.get("/groups/" + capaciGroup + page)
				.allow(ADMIN, COORDINATOR, MEMBER)
				.hidden(OTHER_COORDINATOR));
		}
		for (String page : List.of("/visits/new", "/visits/" + visit + "/edit", "/meetings/new")) {
			routes.add(Route.get("/groups/" + capaciGroup + page)
				.allow(ADMIN, COORDINATOR, MEMBER)
				.hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.get("/groups/" + capaciGroup + "/visits/999999999")
			.hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		routes.add(Route.get("/groups/" + jelgavaGroup + "/visits/" + visit)
			.hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		routes.add(Route.post("/groups/" + capaciGroup + "/visits/series", Map.of())
			.redirects(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/groups/" + jelgavaGroup + "/visits/new", Map.of("number", "x"))
			.forbidden()
			.hidden(MEMBER, OTHER_COORDINATOR)
			.allowUnprocessable(ADMIN, COORDINATOR));
		long meetingGroup = id("select group_id from group_meeting order by id limit 1");
		long meeting = id("select id from group_meeting order by id limit 1");
		routes.add(Route.get("/groups/" + meetingGroup + "/meetings/" + meeting)
			.allow(ADMIN, OTHER_COORDINATOR)
			.hidden(COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + meetingGroup + "/meetings/" + meeting + ".ics")
			.allow(ADMIN, OTHER_COORDINATOR)
			.hidden(COORDINATOR, MEMBER));
		routes.add(Route.post("/groups/" + meetingGroup + "/meetings/" + meeting + "/share", Map.of("shared", "true"))
			.forbidden(ADMIN, OTHER_COORDINATOR)
			.hidden(COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/meetings/" + meeting)
			.hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		// context and mentor profile belong to organisations: confirmed versions are for
		// every signed-in person, writing for those who act for the organisation
		long aiccreOrg = id("select id from organisation where name = 'AICCRE'");
		long mechelen = id("select id from organisation where name = 'Mechelen'");
		routes.add(Route.get("/organisations/" + capaci + "/context")
			.allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + capaci + "/context/answers")
			.allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + capaci + "/context/parts/figures")
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.post("/organisations/" + mechelen + "/context/parts/figures", Map.of("a.population", "1"))
			.forbidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(
				Route.get("/organisations/" + cemr + "/context").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + aiccreOrg + "/members/" + capaci + "/context")
			.allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(
				Route
					.post("/organisations/" + aiccreOrg + "/members/" + capaci + "/context/parts/context",
							Map.of("a.typicality", "x"))
					.forbidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + aiccreOrg + "/members/" + mechelen + "/context")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + mechelen + "/mentor-profile")
			.allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + mechelen + "/mentor-profile.pdf")
			.allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/" + mechelen + "/mentor-profile/parts/A")
			.forbidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/organisations/999999999/mentor-profile")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/programmes/" + programme + "/questions")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/questions", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		// the good-practice library: a published sheet of Mechelen, a draft of Capaci
		// (the member's city)
		long sheet = id("select id from good_practice where title = 'Buddies for newcomers'");
		long draft = id("select id from good_practice where title like 'Tutti Capaci%'");
		String[] everyone = { ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER };
		routes.add(Route.get("/good-practices").allow(everyone));
		routes.add(Route.get("/good-practices?q=buddy&theme=1&country=BE&page=0").allow(everyone));
		routes.add(Route.get("/good-practices/new").allow(everyone));
		routes.add(Route.post("/good-practices", Map.of("title", "")).allow(everyone));
		routes.add(Route.get("/good-practices/" + sheet).allow(everyone));
		routes.add(Route.get("/good-practices/" + draft).allow(ADMIN, MEMBER).hidden(COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.get("/good-practices/" + sheet + "/edit")
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/good-practices/" + draft + "/edit")
			.allow(ADMIN, MEMBER)
			.hidden(COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.post("/good-practices/" + sheet + "/edit", Map.of("title", ""))
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/good-practices/" + draft + "/edit", Map.of("title", ""))
			.allow(ADMIN, MEMBER)
			.hidden(COORDINATOR, OTHER_COORDINATOR));
		// the demo draft lacks what publishing needs, so publishing it changes nothing
		routes.add(Route.post("/good-practices/" + draft + "/publish", Map.of())
			.redirects(ADMIN, MEMBER)
			.hidden(COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.post("/good-practices/" + draft + "/unpublish", Map.of())
			.redirects(ADMIN, MEMBER)
			.hidden(COORDINATOR, OTHER_COORDINATOR));
		// a published sheet is never deleted: its editors are sent back with a message
		routes.add(Route.post("/good-practices/" + sheet + "/delete", Map.of())
			.redirects(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/good-practices/999999999/delete", Map.of()).hidden(everyone));
		// deleting a draft is asked first; a published sheet's page sends back to the
		// sheet
		routes.add(Route.get("/good-practices/" + draft + "/delete")
			.allow(ADMIN, MEMBER)
			.hidden(COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.get("/good-practices/" + sheet + "/delete")
			.redirects(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/good-practices/" + sheet + "/files", Map.of())
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/good-practices/" + draft + "/files", Map.of())
			.allow(ADMIN, MEMBER)
			.hidden(COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.get("/good-practices/" + sheet + "/files/999999999").hidden(everyone));
		routes.add(Route.get("/good-practices/" + draft + "/files/999999999").hidden(everyone));
		routes.add(Route.post("/good-practices/" + sheet + "/files/999999999/delete", Map.of())
			.hidden(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/good-practices/999999999").hidden(everyone));
		routes.add(Route.get("/good-practices/999999999/edit").hidden(everyone));
		// own account and home
		routes.add(Route.get("/").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/account").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/account/password").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// personal data: everyone downloads their own data, only administrators erase (a
		// wrong confirmation erases nothing); the public privacy page is in PrivacyTest
		long capaciMember = id("select id from app_user where email = '" + MEMBER + "'");
		routes.add(Route.get("/account/personal-data.json").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/account/personal-data.pdf").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/admin/personal-data").allow(ADMIN).forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/admin/people/" + capaciMember + "/erase")
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/admin/people/" + capaciMember + "/erase/confirm")
			.allow(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes
			.add(Route.post("/admin/people/" + capaciMember + "/erase", Map.of("confirmEmail", "someone@else.example"))
				.allowUnprocessable(ADMIN)
				.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/admin/people/999999999/erase")
			.hidden(ADMIN)
			.forbidden(COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// training: the programme's coordinators plan sessions; invited people read them
		long training = id("select id from training where title = 'Kick-off training, day 1'");
		for (String page : List.of("/programmes/" + programme + "/trainings", "/groups/" + capaciGroup + "/trainings",
				"/trainings/" + training, "/trainings/" + training + "/expectations")) {
			routes.add(Route.get(page).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		}
		for (String page : List.of("/programmes/" + programme + "/trainings/new",
				"/groups/" + capaciGroup + "/trainings/new", "/trainings/" + training + "/edit",
				"/trainings/" + training + "/cancel", "/trainings/" + training + "/attendance")) {
			routes.add(Route.get(page).allow(ADMIN, COORDINATOR).forbidden(MEMBER).hidden(OTHER_COORDINATOR));
		}
		for (String page : List.of("/programmes/" + programme + "/trainings/new",
				"/groups/" + capaciGroup + "/trainings/new", "/trainings/" + training + "/edit",
				"/trainings/" + training + "/attendance", "/trainings/" + training + "/files",
				"/trainings/" + training + "/links")) {
			routes.add(Route.post(page, Map.of("title", ""))
				.allowUnprocessable(ADMIN, COORDINATOR)
				.forbidden(MEMBER)
				.hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.post("/trainings/" + training + "/expectations", Map.of("expects", ""))
			.allowUnprocessable(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/trainings/" + training + "/links/999999999/delete", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR)
			.forbidden(MEMBER));
		routes.add(Route.get("/trainings/" + training + "/files/999999999")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/trainings/999999999").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes
			.add(Route.get("/trainings/key-points-of-mentoring").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// programme reports and exports: the programme's coordinators and admins; a
		// group's full export: its members and its programme's coordinators
		for (String page : List.of("/report", "/report/print", "/report.pdf", "/exports", "/exports/groups.csv",
				"/exports/participants.xlsx", "/exports/actions.csv", "/exports/evaluations.xlsx")) {
			routes.add(Route.get("/programmes/" + programme + page)
				.allow(ADMIN, COORDINATOR)
				.hidden(OTHER_COORDINATOR, MEMBER));
		}
		routes.add(Route.get("/programmes/" + programme + "/report?toYear=2020&fromYear=2021&fromMonth=1&fromDay=1")
			.allowUnprocessable(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR, MEMBER));
		long reportGroup = id("select id from mentoring_group where title like 'Building a city for all%'");
		for (String page : List.of("/export", "/export.pdf", "/files.zip")) {
			routes.add(Route.get("/groups/" + reportGroup + page)
				.allow(ADMIN, COORDINATOR, MEMBER)
				.hidden(OTHER_COORDINATOR));
		}
		// learning-network sessions: Mechelen's two sessions of action 22, open to VVSG's
		// municipalities; VVSG's coordinator runs them, CEMR's and Capaci's people are
		// outside VVSG
		long samenleven = id("select id from programme where name = 'Plan Samenleven'");
		long action22 = id("select id from mentoring_group where title = 'Social cohesion in social housing estates'");
		long held = id("select id from group_meeting where title like 'Learning network 1%'");
		long next = id("select id from group_meeting where title like 'Learning network 2%'");
		String[] outsideVvsg = { COORDINATOR, MEMBER };
		routes.add(Route.get("/learning-sessions").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/learning-sessions/" + next).allow(ADMIN, OTHER_COORDINATOR).hidden(outsideVvsg));
		routes
			.add(Route.get("/learning-sessions/" + next + ".ics").allow(ADMIN, OTHER_COORDINATOR).hidden(outsideVvsg));
		routes.add(Route.get("/learning-sessions/" + held + "/follow-up")
			.allow(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.post("/learning-sessions/" + held + "/walk-ins", Map.of("name", ""))
			.allowUnprocessable(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.post("/learning-sessions/" + held + "/rating", Map.of("usefulness", "4"))
			.forbidden(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.post("/learning-sessions/" + held + "/questions", Map.of("text", "?"))
			.forbidden(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.get("/groups/" + action22 + "/meetings/" + next + "/session")
			.allow(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.post("/groups/" + action22 + "/meetings/" + next + "/session", Map.of("capacity", "none"))
			.allowUnprocessable(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes
			.add(Route.get("/programmes/" + samenleven + "/reach").allow(ADMIN, OTHER_COORDINATOR).hidden(outsideVvsg));
		routes.add(Route.get("/programmes/" + samenleven + "/reach.csv")
			.allow(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.get("/programmes/" + samenleven + "/join-requests")
			.allow(ADMIN, OTHER_COORDINATOR)
			.hidden(outsideVvsg));
		routes.add(Route.post("/programmes/" + samenleven + "/join-requests/999999999/reject", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.post("/account/session-digest", Map.of("wanted", "true"))
			.redirects(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// benchmarks and self-assessment: IncluCities' demo benchmark, Capaci's
		// assessments
		long benchmark = id("select id from benchmark where title = 'Building a city for all'");
		long factor = id("select id from benchmark_factor where benchmark_id = " + benchmark + " order by id limit 1");
		String bench = "/programmes/" + programme + "/benchmarks";
		for (String page : List.of("", "/" + benchmark, "/" + benchmark + "/versions",
				"/" + benchmark + "/versions/1")) {
			routes.add(Route.get(bench + page).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		}
		for (String page : List.of("/new", "/" + benchmark + "/edit", "/" + benchmark + "/copy",
				"/" + benchmark + "/factors/new", "/" + benchmark + "/factors/" + factor + "/edit",
				"/" + benchmark + "/factors/" + factor + "/remove")) {
			routes.add(Route.get(bench + page).allow(ADMIN, COORDINATOR).forbidden(MEMBER).hidden(OTHER_COORDINATOR));
		}
		for (String page : List.of("", "/" + benchmark + "/edit", "/" + benchmark + "/factors",
				"/" + benchmark + "/factors/" + factor + "/edit")) {
			routes.add(Route.post(bench + page, Map.of("title", ""))
				.allowUnprocessable(ADMIN, COORDINATOR)
				.forbidden(MEMBER)
				.hidden(OTHER_COORDINATOR));
		}
		routes.add(Route.post(bench + "/" + benchmark + "/copy", Map.of("targetProgrammeId", ""))
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		// the demo's draft has no changes since version 1: publishing changes nothing
		routes.add(Route.post(bench + "/" + benchmark + "/publish", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/programmes/" + planSamenleven + "/benchmarks/" + benchmark)
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get(bench + "/999999999").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get("/groups/" + capaciGroup + "/benchmark")
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/groups/" + capaciGroup + "/benchmark", Map.of("benchmarkId", ""))
			.allowUnprocessable(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		long capaciParticipant = id("select id from group_participant where group_id = " + capaciGroup
				+ " and organisation_id = " + capaci);
		String assessment = "/groups/" + capaciGroup + "/participants/" + capaciParticipant + "/self-assessment";
		routes.add(Route.get(assessment).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes
			.add(Route.get(assessment + "/edit").allow(MEMBER).forbidden(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR));
		routes.add(Route.post(assessment + "/edit", Map.of("scores[" + factor + "]", "9", "action", "save"))
			.allowUnprocessable(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		long facilitatorParticipant = id("select p.id from group_participant p where p.group_id = " + capaciGroup
				+ " and p.role = 'FACILITATOR' limit 1");
		routes.add(Route.get("/groups/" + capaciGroup + "/participants/" + facilitatorParticipant + "/self-assessment")
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// evaluation: the demo group Capaci–Mechelen is closed, both sides submitted, two
		// lessons published and a pulse survey with the member's answer
		String evaluation = "/groups/" + capaciGroup + "/evaluation";
		long aiccreParticipant = id("select id from group_participant where group_id = " + capaciGroup
				+ " and organisation_id = " + aiccreOrg);
		long capaciLesson = id("select id from lesson where participant_id = " + capaciParticipant + " limit 1");
		long mechelenLesson = id("select id from lesson where group_id = " + capaciGroup + " and participant_id <> "
				+ capaciParticipant + " limit 1");
		long survey = id("select id from pulse_survey where group_id = " + capaciGroup + " limit 1");
		routes.add(Route.get(evaluation).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/groups/" + jelgavaGroup + "/evaluation")
			.allow(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get(evaluation + "/participants/" + capaciParticipant + "/mentee")
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(evaluation + "/participants/" + aiccreParticipant + "/mentee")
			.forbidden(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(evaluation + "/participants/" + capaciParticipant + "/mentor")
			.hidden(ADMIN, COORDINATOR, MEMBER, OTHER_COORDINATOR));
		routes.add(Route.post(evaluation + "/participants/" + capaciParticipant + "/mentee", Map.of("version", "0"))
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(evaluation + "/closing")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(evaluation + "/closing", Map.of("summary", ""))
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(evaluation + "/close")
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(evaluation + "/close", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		String lessonsOf = "/groups/" + capaciGroup + "/lessons";
		routes.add(Route.get(lessonsOf + "/new").allow(MEMBER).forbidden(ADMIN, COORDINATOR).hidden(OTHER_COORDINATOR));
		routes.add(Route.post(lessonsOf, Map.of("title", ""))
			.allowUnprocessable(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(lessonsOf + "/" + capaciLesson + "/edit")
			.allow(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(lessonsOf + "/" + mechelenLesson, Map.of("title", ""))
			.forbidden(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(lessonsOf + "/" + capaciLesson + "/publish", Map.of())
			.redirects(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(lessonsOf + "/999999999/unpublish", Map.of())
			.forbidden(MEMBER)
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR));
		routes.add(Route.get("/lessons?theme=1&page=0").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		String pulse = "/groups/" + capaciGroup + "/pulse-surveys";
		routes.add(Route.get(pulse + "/new").allow(ADMIN, COORDINATOR).forbidden(MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.post(pulse, Map.of("moment", ""))
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(pulse + "/" + survey).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.post(pulse + "/" + survey + "/answers", Map.of())
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/groups/" + jelgavaGroup + "/pulse-surveys/" + survey)
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		// calls and matching: IncluCities' closed 2020 call (Capaci applied), Plan
		// Samenleven's open call
		long incluCall = id("select id from matching_call where title like 'IncluCities 2020%'");
		long openCall = id("select id from matching_call where title = 'Practising Dutch outside the classroom'");
		long capaciApp = id(
				"select id from call_application where call_id = " + incluCall + " and organisation_id = " + capaci);
		long mechelenApp = id("select a.id from call_application a join organisation o on o.id = a.organisation_id "
				+ "where a.call_id = " + incluCall + " and o.name = 'Mechelen'");
		String incluPath = "/calls/" + incluCall;
		routes.add(Route.get("/calls").allow(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes.add(Route.get(incluPath).allow(ADMIN, COORDINATOR, MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/calls/" + openCall).allow(ADMIN, OTHER_COORDINATOR, MEMBER).hidden(COORDINATOR));
		routes.add(Route.get("/calls/999999999").hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR, MEMBER));
		routes
			.add(Route.get(incluPath + "/edit").allow(ADMIN, COORDINATOR).forbidden(MEMBER).hidden(OTHER_COORDINATOR));
		routes.add(Route.post(incluPath + "/edit", Map.of("title", ""))
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/programmes/" + programme + "/calls/new")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/calls", Map.of("title", ""))
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get("/calls/" + openCall + "/apply?side=MENTOR")
			.allow(MEMBER)
			.forbidden(ADMIN, OTHER_COORDINATOR)
			.hidden(COORDINATOR));
		routes.add(Route.post("/calls/" + openCall + "/apply", Map.of("side", "MENTOR", "capacity", "x"))
			.allowUnprocessable(MEMBER)
			.forbidden(ADMIN, OTHER_COORDINATOR)
			.hidden(COORDINATOR));
		routes.add(Route.get(incluPath + "/applications/" + capaciApp)
			.allow(ADMIN, COORDINATOR, MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(incluPath + "/applications/" + mechelenApp)
			.allow(ADMIN, COORDINATOR)
			.hidden(MEMBER, OTHER_COORDINATOR));
		routes.add(Route.get(incluPath + "/applications/" + capaciApp + "/suggestions")
			.allow(ADMIN, COORDINATOR)
			.hidden(MEMBER, OTHER_COORDINATOR));
		// a published match cannot be withdrawn: its city is sent back with a message
		routes.add(Route.post(incluPath + "/applications/" + capaciApp + "/withdraw", Map.of())
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(incluPath + "/applications/" + capaciApp + "/decline", Map.of())
			.redirects(MEMBER)
			.forbidden(ADMIN, COORDINATOR)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.get(incluPath + "/matches")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(incluPath + "/matches", Map.of("mentee", "999999999", "mentor", "999999999"))
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR)
			.forbidden(MEMBER));
		routes.add(Route.post(incluPath + "/matches/publish", Map.of())
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post(incluPath + "/matches/999999999/remove", Map.of())
			.hidden(ADMIN, COORDINATOR, OTHER_COORDINATOR)
			.forbidden(MEMBER));
		routes.add(Route.get("/programmes/" + programme + "/matching-weights")
			.allow(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		routes.add(Route.post("/programmes/" + programme + "/matching-weights", Map.of("NEEDS", "x"))
			.allowUnprocessable(ADMIN, COORDINATOR)
			.forbidden(MEMBER)
			.hidden(OTHER_COORDINATOR));
		return routes.stream()
			.flatMap((route) -> PEOPLE.stream()
				.map((person) -> DynamicTest.dynamicTest(route.method + " " + route.path + " as " + person,
						() -> check(route, person))));
	}

	private void check(Route route, String person) throws Exception {
		MockHttpServletRequestBuilder request = route.method.equals("GET") ? get(route.path)
				: post(route.path).with(csrf());
		route.params.forEach((name, value) -> request.param(name, value));
		if (!person.equals(ANONYMOUS)) {
			request.with(user(this.users.loadUserByUsername(person)));
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String expected = route.expected(person);
		switch (expected) {
			case "login" ->
				assertThat(response.getRedirectedUrl()).as("anonymous is sent to sign in").endsWith("/login");
			case "ok" -> assertThat(status).as("may see it").isEqualTo(200);
			case "redirect" -> assertThat(status).as("may do it").isEqualTo(302);
			case "hidden" -> assertThat(status).as("out of sight").isEqualTo(404);
			case "forbidden" -> assertThat(status).as("in sight, not theirs to change").isEqualTo(403);
			case "unprocessable" -> assertThat(status).as("may do it, input refused").isEqualTo(422);
			default -> throw new IllegalStateException(expected);
		}
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
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

		/** May do it, but the input given is refused with its message (422). */
		Route allowUnprocessable(String... people) {
			return mark("unprocessable", people);
		}

		String expected(String person) {
			if (person.equals(ANONYMOUS)) {
				return "login";
			}
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
