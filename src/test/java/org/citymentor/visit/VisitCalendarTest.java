package org.citymentor.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.citymentor.account.AccountService;
import org.citymentor.needs.FormFixture;
import org.citymentor.shared.security.Role;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citymentor.visit.CalendarFixtures.events;
import static org.citymentor.visit.CalendarFixtures.value;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The .ics of a visit or a meeting, read back with ical4j: the days of a visit, a
 * meeting's time in its own time zone, stable identifiers, cancelled visits, and who may
 * download them.
 */
@CityMentorTest
class VisitCalendarTest {

	@Autowired
	CalendarFixtures calendars;

	@Autowired
	AccountService accounts;

	@Test
	void aVisitIsAnAllDayEventOverItsDays() throws Exception {
		FormFixture f = this.calendars.group();
		long visit = this.calendars.visit(f, 2, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13),
				VisitStatus.CONFIRMED);

		MockHttpServletResponse response = download(f.mentor(), "/groups/" + f.groupId() + "/visits/" + visit + ".ics");
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".ics");
		List<VEvent> events = events(response.getContentAsString());
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		DtStart<?> start = event.getProperty(Property.DTSTART).map(DtStart.class::cast).orElseThrow();
		DtEnd<?> end = event.getProperty(Property.DTEND).map(DtEnd.class::cast).orElseThrow();
		assertThat(start.getDate()).isEqualTo(LocalDate.of(2026, 5, 12));
		assertThat(end.getDate()).as("DTEND is the day after the last day").isEqualTo(LocalDate.of(2026, 5, 14));
		assertThat(value(event, Property.UID)).isEqualTo("visit-" + visit + "@citymentor");
		assertThat(value(event, Property.SUMMARY)).startsWith("Visit 2 – Forms test ");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Town hall, room 2");
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Sketch the context of visit 2");
		assertThat(value(event, Property.URL)).endsWith("/groups/" + f.groupId() + "/visits/" + visit);
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");

		String again = download(f.mentee(), "/groups/" + f.groupId() + "/visits/" + visit + ".ics")
			.getContentAsString();
		assertThat(value(events(again).get(0), Property.UID)).as("the same UID each time, so calendars update it")
			.isEqualTo("visit-" + visit + "@citymentor");
	}

	@Test
	void aCancelledVisitSaysSo() throws Exception {
		FormFixture f = this.calendars.group();
		long visit = this.calendars.visit(f, 1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
				VisitStatus.CANCELLED);
		VEvent event = events(
				download(f.mentee(), "/groups/" + f.groupId() + "/visits/" + visit + ".ics").getContentAsString())
			.get(0);
		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void theSummaryIsInThePersonsLanguage() throws Exception {
		FormFixture f = this.calendars.group();
		long visit = this.calendars.visit(f, 3, LocalDate.of(2026, 6, 13), LocalDate.of(2026, 6, 14),
				VisitStatus.PLANNED);
		String ics = this.calendars.requests()
			.as(f.mentor(),
					get("/groups/" + f.groupId() + "/visits/" + visit + ".ics")
						.locale(java.util.Locale.forLanguageTag("nl")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(value(events(ics).get(0), Property.SUMMARY)).startsWith("Bezoek 3 – ");
	}

	@Test
	void aMeetingWithTimesIsTimedInItsOwnZone() throws Exception {
		FormFixture f = this.calendars.group();
		long meeting = this.calendars.meeting(f, "Check-in on the plan", LocalDate.of(2026, 4, 7), LocalTime.of(15, 0),
				LocalTime.of(16, 30), "Europe/Rome");
		String ics = download(f.mentee(), "/groups/" + f.groupId() + "/meetings/" + meeting + ".ics")
			.getContentAsString();
		Calendar calendar = CalendarFixtures.parse(ics);
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		DtStart<?> start = event.getProperty(Property.DTSTART).map(DtStart.class::cast).orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).map(Object::toString).orElseThrow()).contains("Europe/Rome");
		assertThat(start.getValue()).isEqualTo("20260407T150000");
		DtEnd<?> end = event.getProperty(Property.DTEND).map(DtEnd.class::cast).orElseThrow();
		assertThat(end.getValue()).isEqualTo("20260407T163000");
		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Rome");
		assertThat(value(event, Property.UID)).isEqualTo("meeting-" + meeting + "@citymentor");
		assertThat(value(event, Property.SUMMARY)).startsWith("Check-in on the plan – Forms test ");
		assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.org/abc");
		assertThat(ics).as("never the notes").doesNotContain("mayor");
	}

	@Test
	void aMeetingWithoutTimesTakesTheWholeDay() throws Exception {
		FormFixture f = this.calendars.group();
		long meeting = this.calendars.meeting(f, "Learning network", LocalDate.of(2026, 9, 30), null, null,
				"Europe/Brussels");
		VEvent event = events(
				download(f.mentor(), "/groups/" + f.groupId() + "/meetings/" + meeting + ".ics").getContentAsString())
			.get(0);
		DtStart<?> start = event.getProperty(Property.DTSTART).map(DtStart.class::cast).orElseThrow();
		assertThat(start.getDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(event.getProperty(Property.DTEND).map(DtEnd.class::cast).orElseThrow().getDate())
			.isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void onlyThoseWhoReadTheGroupGetIt() throws Exception {
		FormFixture f = this.calendars.group();
		FormFixture other = this.calendars.group();
		long visit = this.calendars.visit(f, 1, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4),
				VisitStatus.PLANNED);
		long meeting = this.calendars.meeting(f, "Call", LocalDate.of(2026, 2, 10), null, null, "Europe/Rome");
		String visitIcs = "/groups/" + f.groupId() + "/visits/" + visit + ".ics";
		String meetingIcs = "/groups/" + f.groupId() + "/meetings/" + meeting + ".ics";
		this.calendars.requests().as(f.outsider(), get(visitIcs)).andExpect(status().isNotFound());
		this.calendars.requests().as(f.outsider(), get(meetingIcs)).andExpect(status().isNotFound());
		this.calendars.requests()
			.as(other.mentee(), get("/groups/" + other.groupId() + "/visits/" + visit + ".ics"))
			.andExpect(status().isNotFound());
		this.calendars.requests()
			.as(other.mentee(), get("/groups/" + other.groupId() + "/meetings/" + meeting + ".ics"))
			.andExpect(status().isNotFound());
		TestAccount admin = TestAccount.create(this.accounts, "admin", Role.ADMIN);
		this.calendars.requests().as(admin, get(visitIcs)).andExpect(status().isOk());
	}

	private MockHttpServletResponse download(TestAccount who, String path) throws Exception {
		return this.calendars.requests().as(who, get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

}
