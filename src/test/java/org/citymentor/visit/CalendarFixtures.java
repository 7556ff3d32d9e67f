package org.citymentor.visit;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Visits and meetings for the calendar tests, and iCalendar read back with ical4j. */
@org.springframework.stereotype.Component
class CalendarFixtures {

	private final FormFixtures fixtures;

	private final Visits visits;

	private final JdbcClient jdbc;

	CalendarFixtures(FormFixtures fixtures, Visits visits, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.visits = visits;
		this.jdbc = jdbc;
	}

	FormFixture group() {
		return this.fixtures.create();
	}

	FormFixtures requests() {
		return this.fixtures;
	}

	long visit(FormFixture f, int number, LocalDate from, LocalDate to, VisitStatus status) {
		return this.visits.create(
				f.groupId(), new VisitData(number, f.menteeCity(), VisitMode.ON_SITE, null, "Town hall, room " + number,
						from, to, "Europe/Rome", "Sketch the context of visit " + number, "Which questions?", status),
				"Test");
	}

	long meeting(FormFixture f, String title, LocalDate on, LocalTime from, LocalTime to, String zone) {
		return this.jdbc
			.sql("""
					insert into group_meeting (group_id, title, mode, held_on, starts_at, ends_at, time_zone, meeting_link, notes)
					values (?, ?, 'ONLINE', ?, ?, ?, ?, 'https://meet.example.org/abc', 'Confidential: the mayor hesitates')
					returning id
					""")
			.params(f.groupId(), title, on, from, to, zone)
			.query(Long.class)
			.single();
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static List<VEvent> events(String ics) throws Exception {
		return parse(ics).getComponents(Component.VEVENT);
	}

	static String value(Component event, String property) {
		return event.getProperty(property).map((p) -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElse(null);
	}

}
