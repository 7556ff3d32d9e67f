package org.citymentor.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.learning.AfterSession;
import org.citymentor.learning.Registrations;
import org.citymentor.learning.SessionSettings;
import org.citymentor.learning.Sessions;
import org.citymentor.programme.GoalsAndActions;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.Role;
import org.citymentor.visit.MeetingData;
import org.citymentor.visit.MeetingMode;
import org.citymentor.visit.Meetings;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open learning-network sessions: Mechelen's two sessions of action 22 become open to
 * every VVSG municipality (the one held last month with registrations, attendance, a
 * walk-in, a report, materials, ratings and an answered question; the next one with
 * registrations from Ostend and others), one online session by VVSG for an action without
 * a mentor city, officers of several Flemish municipalities (among them Herent, a VVSG
 * member outside action 22) and the population of the municipalities that came.
 */
@Component
@Order(10)
class DemoLearning implements DemoPart {

	private final AccountService accounts;

	private final Sessions sessions;

	private final Registrations registrations;

	private final AfterSession after;

	private final Meetings meetings;

	private final Groups groups;

	private final GoalsAndActions goals;

	private final Themes themes;

	private final FormDocuments documents;

	private final DraftAnswers drafts;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoLearning(AccountService accounts, Sessions sessions, Registrations registrations, AfterSession after,
			Meetings meetings, Groups groups, GoalsAndActions goals, Themes themes, FormDocuments documents,
			DraftAnswers drafts, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.registrations = registrations;
		this.after = after;
		this.meetings = meetings;
		this.groups = groups;
		this.goals = goals;
		this.themes = themes;
		this.documents = documents;
		this.drafts = drafts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void create(Map<String, Long> org, Map<String, Long> people) {
		officer(people, "officer@herent.example.org", "Evi Wouters", org.get("Herent"));
		long genk = officer(people, "officer@genk.example.org", "Tom Hermans", org.get("Genk"));
		long kortrijk = officer(people, "officer@kortrijk.example.org", "Nathalie Desmet", org.get("Kortrijk"));
		long aalst = officer(people, "officer@aalst.example.org", "Jonas Van Damme", org.get("Aalst"));
		long lier = officer(people, "officer@lier.example.org", "An Claes", org.get("Lier"));
		long ostend = people.get("mentee@ostend.example.org");

		long action22 = this.jdbc
			.sql("select id from mentoring_group where title = 'Social cohesion in social housing estates'")
			.query(Long.class)
			.single();
		long held = meeting(action22, "Learning network 1%");
		long next = meeting(action22, "Learning network 2%");
		open(action22, held, 30,
				"Neighbourhood teams and housing companies: running a weekly café in a community room.",
				org.get("Mechelen"));
		open(action22, next, 20,
				"How caretakers of social housing estates can be the first to notice tensions, and whom they call next.",
				org.get("Mechelen"));

		for (long person : List.of(ostend, genk, kortrijk, aalst, lier)) {
			this.jdbc
				.sql("""
						insert into session_registration (meeting_id, user_id, status, position, registered_by_id, created_at, updated_at)
						values (?, ?, 'REGISTERED', (select coalesce(max(position), 0) + 1 from session_registration where meeting_id = ?), ?, ?, ?)
						""")
				.params(held, person, held, person, Timestamp.from(this.clock.instant().minusSeconds(40L * 86400)),
						Timestamp.from(this.clock.instant().minusSeconds(40L * 86400)))
				.update();
		}
		this.after.recordAttendance(held, List.of(ostend, genk, kortrijk, aalst));
		this.after.addWalkIn(held, "Bram Maes", org.get("Edegem"));
		this.sessions.saveReport(held,
				"Mechelen's neighbourhood team showed how the weekly café started: a room lent by the housing company, coffee by volunteers, and a social worker present every week. Tenants now bring their own questions.",
				"Ostend and Genk try a café in one estate each before the next session; Mechelen shares its agreement with the housing company.");
		this.after.addLink(held, "Slides: the weekly café in Vrijbroek",
				"https://www.example.org/mechelen/weekly-cafe-slides", "Sofie Peeters");
		this.after.addLink(held, "Model agreement with the housing company",
				"https://www.example.org/mechelen/room-agreement", "Sofie Peeters");
		this.after.rate(held, ostend, 5);
		this.after.rate(held, genk, 4);
		this.after.rate(held, kortrijk, 4);
		this.after.ask(held, aalst, "Jonas Van Damme",
				"Who pays for the coffee and the room's cleaning once the pilot year is over?");
		long question = this.jdbc.sql("select max(id) from session_question where meeting_id = ?")
			.param(held)
			.query(Long.class)
			.single();
		this.after.answer(held, question,
				"The housing company keeps the room free of charge; the city's neighbourhood budget pays for coffee and cleaning.",
				"Sofie Peeters");

		this.registrations.register(next, List.of(ostend), ostend);
		this.registrations.register(next, List.of(genk), genk);
		this.registrations.register(next, List.of(kortrijk, lier), kortrijk);

		vvsgSession(org, people);
		populations(org);
	}

	/** An online session by VVSG for a new action that no city mentors. */
	private void vvsgSession(Map<String, Long> org, Map<String, Long> people) {
		long programme = this.jdbc.sql("select id from programme where name = 'Plan Samenleven'")
			.query(Long.class)
			.single();
		long goal = this.jdbc
			.sql("select id from programme_goal where programme_id = ? and title = 'Living together in neighbourhoods'")
			.param(programme)
			.query(Long.class)
			.single();
		long action = this.goals.addAction(programme, goal, null, "Welcoming newcomers in small municipalities")
			.orElseThrow();
		Actor vvsg = new Actor(people.get("coordinator@vvsg.example.org"), "Pieter Janssens");
		LocalDate today = LocalDate.now(this.clock);
		long group = this.groups.createGroup(programme,
				new GroupData("Welcoming newcomers in small municipalities", null, today.minusMonths(1),
						today.plusMonths(11), GroupStatus.ACTIVE, Set.of(this.themes.idOf("social-cohesion")),
						Set.of("nl"), action, null, null, null, null),
				vvsg);
		this.groups.addParticipant(group, org.get("VVSG"), ParticipantSide.MENTOR, ParticipantRole.ASSOCIATION, "VVSG",
				vvsg);
		for (String mentee : List.of("Roeselare", "Tienen")) {
			this.groups.addParticipant(group, org.get(mentee), ParticipantSide.MENTEE, ParticipantRole.CITY, mentee,
					vvsg);
		}
		long meeting = this.meetings.create(group,
				new MeetingData("A first welcome talk with every newcomer", MeetingMode.ONLINE, today.plusDays(40),
						LocalTime.of(14, 0), LocalTime.of(15, 30), "Europe/Brussels", null,
						"https://meet.example.org/vvsg-welcome", null, List.of()),
				vvsg.id(), vvsg.name());
		open(group, meeting, null,
				"VVSG brings together municipalities that want a short welcome talk with every newcomer, with little staff: what to cover and who takes part.",
				org.get("VVSG"));
	}

	private void open(long group, long meeting, Integer capacity, String description, long mentor) {
		long version = this.meetings.require(group, meeting).version();
		this.sessions.configure(group, meeting, version,
				new SessionSettings(true, capacity, null, "nl", description, mentor));
		this.registrations.changeCapacity(meeting, capacity);
	}

	private long meeting(long group, String title) {
		return this.jdbc.sql("select id from group_meeting where group_id = ? and title like ?")
			.params(group, title)
			.query(Long.class)
			.single();
	}

	private long officer(Map<String, Long> people, String email, String name, long organisation) {
		long id = this.accounts.createAccount(email, name, Role.MEMBER, "nl", organisation, DemoData.PASSWORD);
		people.put(email, id);
		return id;
	}

	/**
	 * Populations (local context, annex 2B) of the municipalities in the demo's reach
	 * figures.
	 */
	private void populations(Map<String, Long> org) {
		Map<String, Integer> figures = Map.of("Ostend", 72000, "Genk", 67000, "Kortrijk", 78000, "Aalst", 90000, "Lier",
				37000, "Edegem", 22000, "Herent", 22000);
		figures.forEach((city, population) -> {
			long document = this.documents.openForOrganisation(FormKind.LOCAL_CONTEXT, org.get(city), null).id();
			this.drafts.save(document,
					Map.of("population", new Answer(null, BigDecimal.valueOf(population), null, null)), Map.of(),
					"Pieter Janssens");
		});
	}

}
