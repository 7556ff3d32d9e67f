package org.citymentor.visit;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits and meetings as iCalendar (RFC 5545), for a download per visit or meeting and
 * for the personal feeds calendars subscribe to. A visit is an all-day event over its
 * days; a meeting with times is timed in its own time zone (the VTIMEZONE is included),
 * without times all-day. Events carry the purpose and where it happens, never the content
 * of notes.
 */
@Service
@Transactional(readOnly = true)
public class VisitCalendars {

	/** The iCalendar media type. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private final JdbcClient jdbc;

	private final Visits visits;

	private final MessageSource messages;

	private final String baseUrl;

	private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();

	VisitCalendars(JdbcClient jdbc, Visits visits, MessageSource messages,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.visits = visits;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** One visit of the group; 404 for an id of another group. */
	public String visit(long groupId, long visitId, Locale locale) {
		Visit visit = this.visits.require(groupId, visitId);
		return write(List.of(visit), List.of(), Map.of(groupId, groupTitle(groupId)), locale);
	}

	/** One meeting of the group; 404 for an id of another group. */
	public String meeting(long groupId, long meetingId, Locale locale) {
		Meeting meeting = this.jdbc.sql("select * from group_meeting where id = ? and group_id = ?")
			.params(meetingId, groupId)
			.query(VisitCalendars::meeting)
			.optional()
			.orElseThrow(NotFoundException::new);
		return write(List.of(), List.of(meeting), Map.of(groupId, groupTitle(groupId)), locale);
	}

	/**
	 * The personal feed of a person: every visit and meeting of the groups they are a
	 * current member of, in their language.
	 */
	public String feed(long userId) {
		List<Long> groupIds = this.jdbc
			.sql("select group_id from group_member where user_id = ? and removed_at is null order by group_id")
			.param(userId)
			.query(Long.class)
			.list();
		String language = this.jdbc.sql("select preferred_language from app_user where id = ?")
			.param(userId)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		return groups(groupIds, Locale.forLanguageTag(language));
	}

	/** Every visit and meeting of these groups. */
	public String groups(Collection<Long> groupIds, Locale locale) {
		if (groupIds.isEmpty()) {
			return write(List.of(), List.of(), Map.of(), locale);
		}
		List<Visit> visits = this.visits.of(groupIds).values().stream().flatMap(List::stream).toList();
		List<Meeting> meetings = this.jdbc
			.sql("select * from group_meeting where group_id in (:ids) order by held_on, id")
			.param("ids", groupIds)
			.query(VisitCalendars::meeting)
			.list();
		Map<Long, String> titles = new java.util.HashMap<>();
		this.jdbc.sql("select id, title from mentoring_group where id in (:ids)")
			.param("ids", groupIds)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> titles.put(rs.getLong(1),
					rs.getString(2)));
		return write(visits, meetings, titles, locale);
	}

	private String groupTitle(long groupId) {
		return this.jdbc.sql("select title from mentoring_group where id = ?")
			.param(groupId)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private String write(List<Visit> visits, List<Meeting> meetings, Map<Long, String> titles, Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//CityMentor//Visits and meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		Set<String> zones = new LinkedHashSet<>();
		for (Visit visit : visits) {
			calendar.add(event(visit, titles.get(visit.groupId()), locale));
		}
		for (Meeting meeting : meetings) {
			calendar.add(event(meeting, titles.get(meeting.groupId()), locale));
			if (meeting.startsAt() != null) {
				zones.add(meeting.timeZone());
			}
		}
		for (String zone : zones) {
			TimeZone timeZone = this.timeZones.getTimeZone(zone);
			if (timeZone != null) {
				calendar.add(timeZone.getVTimeZone());
			}
		}
		return calendar.toString();
	}

	private VEvent event(Visit visit, String groupTitle, Locale locale) {
		String summary = this.messages.getMessage("visit.calendar.summary", new Object[] { visit.number(), groupTitle },
				locale);
		VEvent event = new VEvent(visit.startsOn(), visit.endsOn().plusDays(1), summary);
		event.add(new Uid("visit-" + visit.id() + "@citymentor"));
		String where = (visit.place() != null && !visit.place().isBlank()) ? visit.place() : visit.meetingLink();
		if (where != null && !where.isBlank()) {
			event.add(new Location(where));
		}
		if (visit.purpose() != null && !visit.purpose().isBlank()) {
			event.add(new Description(visit.purpose()));
		}
		event.add(new Url(URI.create(this.baseUrl + "/groups/" + visit.groupId() + "/visits/" + visit.id())));
		event.add(switch (visit.status()) {
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
			case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
			default -> ImmutableStatus.VEVENT_CONFIRMED;
		});
		return event;
	}

	private VEvent event(Meeting meeting, String groupTitle, Locale locale) {
		String summary = this.messages.getMessage("visit.calendar.meetingSummary",
				new Object[] { meeting.title(), groupTitle }, locale);
		VEvent event;
		if (meeting.startsAt() == null) {
			event = new VEvent(meeting.heldOn(), meeting.heldOn().plusDays(1), summary);
		}
		else {
			ZoneId zone = ZoneId.of(meeting.timeZone());
			ZonedDateTime start = ZonedDateTime.of(meeting.heldOn(), meeting.startsAt(), zone);
			ZonedDateTime end = (meeting.endsAt() != null) ? ZonedDateTime.of(meeting.heldOn(), meeting.endsAt(), zone)
					: start.plusHours(1);
			event = new VEvent(start, end, summary);
		}
		event.add(new Uid("meeting-" + meeting.id() + "@citymentor"));
		String where = (meeting.place() != null && !meeting.place().isBlank()) ? meeting.place()
				: meeting.meetingLink();
		if (where != null && !where.isBlank()) {
			event.add(new Location(where));
		}
		event.add(new Url(URI.create(this.baseUrl + "/groups/" + meeting.groupId() + "/meetings/" + meeting.id())));
		event.add(ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	private static Meeting meeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Meeting(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getString("time_zone"), rs.getString("place"),
				rs.getString("meeting_link"));
	}

	/** What a calendar shows of a meeting (never its notes). */
	private record Meeting(long id, long groupId, String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
			String timeZone, String place, String meetingLink) {
	}

}
