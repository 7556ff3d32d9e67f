package org.citymentor.learning;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions as iCalendar, with ical4j as the visit calendars do: one file per session (the
 * invitation sent with a confirmation) and a feed of the upcoming open sessions a person
 * may join. The online link is written only where the person holds a place.
 */
@Service
@Transactional(readOnly = true)
public class SessionCalendars {

	private final JdbcClient jdbc;

	private final Sessions sessions;

	private final String baseUrl;

	private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();

	SessionCalendars(JdbcClient jdbc, Sessions sessions, @Value("${citymentor.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.baseUrl = baseUrl;
	}

	/** One session, as the invitation of someone who holds a place (with the link). */
	public String invitation(Session session) {
		return write(List.of(session), Set.of(session.id()));
	}

	/**
	 * The upcoming sessions the person with this enabled account sees, for their feed.
	 */
	public String feed(long userId) {
		org.citymentor.shared.security.CurrentUser user = this.jdbc
			.sql("select id, email, display_name, role from app_user where id = ? and enabled")
			.param(userId)
			.query((rs, n) -> new org.citymentor.shared.security.CurrentUser(rs.getLong(1), rs.getString(2),
					rs.getString(3), org.citymentor.shared.security.Role.valueOf(rs.getString(4)), null, true))
			.optional()
			.orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		return feed(user);
	}

	/** The upcoming sessions the person sees (the first page of the list). */
	public String feed(org.citymentor.shared.security.CurrentUser user) {
		List<Session> upcoming = this.sessions.upcoming(user, SessionFilter.none(), 0).getContent();
		Set<Long> registered = Set.copyOf(
				this.jdbc.sql("select meeting_id from session_registration where user_id = ? and status = 'REGISTERED'")
					.param(user.id())
					.query(Long.class)
					.list());
		return write(upcoming, registered);
	}

	private String write(List<Session> sessions, Set<Long> withLink) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//CityMentor//Learning-network sessions//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		Set<String> zones = new LinkedHashSet<>();
		for (Session session : sessions) {
			calendar.add(event(session, withLink.contains(session.id())));
			if (session.startsAt() != null) {
				zones.add(session.timeZone());
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

	private VEvent event(Session session, boolean withLink) {
		VEvent event;
		if (session.startsAt() == null) {
			event = new VEvent(session.heldOn(), session.heldOn().plusDays(1), session.title());
		}
		else {
			ZoneId zone = ZoneId.of(session.timeZone());
			ZonedDateTime start = ZonedDateTime.of(session.heldOn(), session.startsAt(), zone);
			ZonedDateTime end = (session.endsAt() != null) ? ZonedDateTime.of(session.heldOn(), session.endsAt(), zone)
					: start.plusHours(1);
			event = new VEvent(start, end, session.title());
		}
		event.add(new Uid("session-" + session.id() + "@citymentor"));
		String where = (session.place() != null && !session.place().isBlank()) ? session.place()
				: withLink ? session.meetingLink() : null;
		if (where != null && !where.isBlank()) {
			event.add(new Location(where));
		}
		if (session.description() != null && !session.description().isBlank()) {
			event.add(new Description(session.description()));
		}
		event.add(new Url(URI.create(this.baseUrl + "/learning-sessions/" + session.id())));
		event.add(session.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

}
