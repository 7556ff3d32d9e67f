package org.citymentor.learning.web;

import org.citymentor.learning.SessionCalendars;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.visit.CalendarTokens;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feed of upcoming sessions a person may join, at the secret address of their
 * personal calendar feed (the same token, {@link CalendarTokens}) with its own name, so
 * calendar applications subscribe without signing in; unknown or revoked: 404.
 */
@Controller
class SessionFeedController {

	private final CalendarTokens tokens;

	private final SessionCalendars calendars;

	SessionFeedController(CalendarTokens tokens, SessionCalendars calendars) {
		this.tokens = tokens;
		this.calendars = calendars;
	}

	@GetMapping("/calendar/sessions-{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		long userId = this.tokens.userOf(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(this.calendars.feed(userId));
	}

}
