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

	DemoVisits(Visits visits, Meetings meetings, JdbcClient jdbc, Clock clock) {
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
		this.visits.create(capaci, new VisitData(3, org.get("Capaci"), VisitMode.ON_SITE, null, "Capaci town hall",
				LocalDate.of(2022, 6, 13), LocalDate.of(2022, 6, 14), "Europe/Rome",
				"Consolidate the action plan with the key partners and present it to the council and the town's associations.",
				"Who leads the buddy pilot? Which budget line pays for the workshops?", VisitStatus.HELD),
				"Claire Dumont");

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

	private long group(String title) {
		return this.jdbc.sql("select id from mentoring_group where title like ? order by id limit 1")
			.param(title)
			.query(Long.class)
			.single();
	}

}
