package org.citymentor.visit.web;

import java.util.Locale;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.visit.CalendarTokens;
import org.citymentor.visit.VisitCalendars;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Visits and meetings for people's calendars: an {@code .ics} file per visit or meeting
 * for those who may read the group, and a personal feed at a secret address that calendar
 * applications subscribe to without signing in.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType(VisitCalendars.MEDIA_TYPE);

	private final VisitCalendars calendars;

	private final CalendarTokens tokens;

	private final Access access;

	private final String baseUrl;

	CalendarController(VisitCalendars calendars, CalendarTokens tokens, Access access,
			@Value("${citymentor.base-url}") String baseUrl) {
		this.calendars = calendars;
		this.tokens = tokens;
		this.access = access;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/groups/{groupId}/visits/{visitId}.ics")
	ResponseEntity<String> visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId,
			@PathVariable long visitId, Locale locale) {
		this.access.requireViewGroup(user, groupId);
		return download("visit-" + visitId + ".ics", this.calendars.visit(groupId, visitId, locale));
	}

	@GetMapping("/groups/{groupId}/meetings/{meetingId}.ics")
	ResponseEntity<String> meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId,
			@PathVariable long meetingId, Locale locale) {
		this.access.requireViewGroup(user, groupId);
		return download("meeting-" + meetingId + ".ics", this.calendars.meeting(groupId, meetingId, locale));
	}

	/** The personal feed: no sign-in, the token is the key; unknown or revoked: 404. */
	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		long userId = this.tokens.userOf(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(this.calendars.feed(userId));
	}

	@GetMapping("/account/calendar")
	String feedPage(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("feedSince", this.tokens.createdAt(user.id()).orElse(null));
		return "visits/calendar-feed";
	}

	/** A new address, shown in this answer only (only its hash is kept). */
	@PostMapping("/account/calendar")
	String createFeed(@AuthenticationPrincipal CurrentUser user, Model model) {
		String token = this.tokens.create(user.id());
		model.addAttribute("feedUrl", this.baseUrl + "/calendar/" + token + ".ics");
		model.addAttribute("feedSince", this.tokens.createdAt(user.id()).orElse(null));
		return "visits/calendar-feed";
	}

	@PostMapping("/account/calendar/stop")
	String stopFeed(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.tokens.revoke(user.id());
		redirect.addFlashAttribute("notice", "visit.calendar.feed.stopped");
		return "redirect:/account/calendar";
	}

	private static ResponseEntity<String> download(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
