package org.citymentor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.citymentor.visit.MeetingData;
import org.citymentor.visit.MeetingMode;
import org.citymentor.visit.Meetings;
import org.citymentor.visit.VisitData;
import org.citymentor.visit.VisitMode;
import org.citymentor.visit.VisitStatus;
import org.citymentor.visit.Visits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visits and meetings of the demo: the Capaci–Mechelen series of IncluCities (the first
 * visit virtual because of the pandemic, the second in Mechelen, the third in Capaci on
 * 13–14 June 2022) and the two learning-network meetings of action 22, around today.
 */
@Component
class DemoVisits {

	private final Visits visits;

	private final Meetings meetings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.citymentor.visit.Agendas agendas;

	private final org.citymentor.visit.VisitNotes notes;

	private final org.citymentor.visit.VisitOutcomes outcomes;

	DemoVisits(org.citymentor.visit.VisitOutcomes outcomes, org.citymentor.visit.Agendas agendas,
			org.citymentor.visit.VisitNotes notes, Visits visits, Meetings meetings, JdbcClient jdbc, Clock clock) {
		this.agendas = agendas;
		this.outcomes = outcomes;
		this.notes = notes;
		this.visits = visits;
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create(Map<String, Long> org, Map<String, Long> people) {
		long capaci = group("Building a city for all%");
		this.visits.create(capaci, new VisitData(1, org.get("Capaci"), VisitMode.VIRTUAL,
				"https://meet.example.org/capaci-1", null, LocalDate.of(2021, 10, 5), LocalDate.of(2021, 10, 6),
				"Europe/Rome",
				"Sketch Capaci's context with the town's services and partners, online because of the pandemic, and start a first list of actions.",
				"Who are the town's new residents and where do they meet? Which services do they use, and which not?",
				VisitStatus.HELD), "Claire Dumont");
		this.visits.create(capaci, new VisitData(2, org.get("Mechelen"), VisitMode.ON_SITE, null, "Mechelen city hall",
				LocalDate.of(2022, 3, 22), LocalDate.of(2022, 3, 23), "Europe/Brussels",
				"Inspiration in Mechelen: neighbourhood work, the buddy project and the city's welcome desk; revise Capaci's plan with the new ideas.",
				"How does Mechelen keep volunteers involved? What did the buddy project cost in staff time?",
				VisitStatus.HELD), "Claire Dumont");
		long third = this.visits.create(capaci, new VisitData(3, org.get("Capaci"), VisitMode.ON_SITE, null,
				"Capaci town hall", LocalDate.of(2022, 6, 13), LocalDate.of(2022, 6, 14), "Europe/Rome",
				"Consolidate the action plan with the key partners and present it to the council and the town's associations.",
				"Who leads the buddy pilot? Which budget line pays for the workshops?", VisitStatus.HELD),
				"Claire Dumont");

		thirdVisit(capaci, third, people);

		long action22 = group("Social cohesion in social housing estates");
		LocalDate today = LocalDate.now(this.clock);
		List<Long> both = List.of(people.get("mentor@mechelen.example.org"), people.get("mentee@ostend.example.org"));
		this.meetings.create(action22, new MeetingData("Learning network 1: meeting places in the estates",
				MeetingMode.ON_SITE, today.minusDays(20), LocalTime.of(13, 30), LocalTime.of(16, 30), "Europe/Brussels",
				"Mechelen, community centre Vrijbroek", null,
				"Mechelen showed how its neighbourhood teams run a weekly café with the housing company. Ostend will try one in a community room.",
				both), people.get("mentor@mechelen.example.org"), "Sofie Peeters");
		this.meetings.create(action22,
				new MeetingData("Learning network 2: caretakers as first contact", MeetingMode.ONLINE,
						today.plusDays(25), LocalTime.of(10, 0), LocalTime.of(11, 30), "Europe/Brussels", null,
						"https://meet.example.org/action-22", null, both),
				people.get("mentor@mechelen.example.org"), "Sofie Peeters");
	}

	/** The agenda of the third visit, the mentor's notes and the follow-ups agreed. */
	private void thirdVisit(long group, long visit, Map<String, Long> people) {
		LocalDate first = LocalDate.of(2022, 6, 13);
		LocalDate second = first.plusDays(1);
		item(visit, first, "09:30", "11:00", "Meeting with the mayor and the social services",
				org.citymentor.visit.AgendaKind.INTERVIEW, "Town hall, council room", "Giulia Russo");
		item(visit, first, "11:30", "13:00", "Focus group with the local support network",
				org.citymentor.visit.AgendaKind.FOCUS_GROUP, "Parish hall", "Sofie Peeters");
		item(visit, first, "14:30", "17:00", "Workshop: the actions of the plan, one by one",
				org.citymentor.visit.AgendaKind.ACTION_PLANNING_WORKSHOP, "Town hall, council room", "Sarah Mitchell");
		item(visit, second, "10:00", "12:00", "Presentation of the plan to the council and the town's associations",
				org.citymentor.visit.AgendaKind.POLITICIANS, "Town hall, council room", "Rosa Amato");
		item(visit, second, "12:30", "14:00", "Lunch with the first buddy volunteers",
				org.citymentor.visit.AgendaKind.SOCIAL, "Parish hall", null);
		long sofie = people.get("mentor@mechelen.example.org");
		long giulia = people.get("mentee@capaci.example.org");
		var note = this.notes.save(group, visit, sofie, null, new org.citymentor.visit.VisitNote.Text(
				"The council room was full for the presentation; two aldermen asked how the buddies will be trained.",
				"The plan now names a lead for every action, and the parish and the schools are in the support network.",
				"We compared a paid coordinator for the buddies with a volunteer one; Mechelen's experience favours a paid part-time role.",
				"Mechelen sends its buddy training material. Capaci asks the budget committee for the workshop line. Both share the pilot's first results in spring."));
		Long version = this.jdbc.sql("""
				select v.id from form_version v join form_document d on d.id = v.document_id
				where d.group_id = ? and d.kind = 'ACTION_PLAN' and v.number = 3
				""").param(group).query(Long.class).optional().orElse(null);
		this.outcomes.save(visit, -1,
				"Capaci's partners own the plan now: each action has a lead, and the council heard it first-hand.",
				"The buddy pilot gained monthly get-togethers and a longer pairing phase; the vision workshops moved to the autumn.",
				version, "Claire Dumont");
		this.outcomes.giveFeedback(visit, sofie, 5, "The presentation to the council made the plan real.");
		this.outcomes.giveFeedback(visit, giulia, 4, "Very useful; two days were short for the workshop.");
		followUp(group, visit, note.id(), "Send Mechelen's buddy training material to Capaci", sofie,
				LocalDate.of(2022, 7, 15), true);
		followUp(group, visit, note.id(), "Ask the budget committee for the workshop budget line", giulia,
				LocalDate.of(2022, 9, 30), true);
		followUp(group, visit, note.id(), "Share the first results of the buddy pilot with Mechelen", giulia,
				LocalDate.of(2023, 4, 30), false);
	}

	private void item(long visit, LocalDate day, String from, String to, String title,
			org.citymentor.visit.AgendaKind kind, String place, String ledBy) {
		this.agendas.add(visit, new org.citymentor.visit.AgendaItem.Input(day, LocalTime.parse(from),
				LocalTime.parse(to), title, kind, place, ledBy, null), "Claire Dumont");
	}

	private void followUp(long group, long visit, long note, String title, long owner, LocalDate due, boolean done) {
		this.jdbc.sql("""
				insert into follow_up (group_id, visit_id, note_id, title, owner_user_id, due_on, created_by_id,
				    created_by, created_at, done_at, done_by)
				values (?, ?, ?, ?, ?, ?, null, 'Sofie Peeters', now(), ?, ?)
				""")
			.params(group, visit, note, title, owner, due, done ? java.sql.Timestamp.valueOf(due.atStartOfDay()) : null,
					done ? "Giulia Russo" : null)
			.update();
	}

	private long group(String title) {
		return this.jdbc.sql("select id from mentoring_group where title like ? order by id limit 1")
			.param(title)
			.query(Long.class)
			.single();
	}

}
