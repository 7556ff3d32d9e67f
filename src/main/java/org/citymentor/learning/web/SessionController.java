package org.citymentor.learning.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.citymentor.learning.AfterSession;
import org.citymentor.learning.Registrations;
import org.citymentor.learning.Registrations.Outcome;
import org.citymentor.learning.Session;
import org.citymentor.learning.SessionAccess;
import org.citymentor.learning.SessionCalendars;
import org.citymentor.learning.SessionClosedException;
import org.citymentor.learning.SessionFilter;
import org.citymentor.learning.SessionOptions;
import org.citymentor.learning.Sessions;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finding and joining sessions: the list of upcoming sessions a person may join, a
 * session's page, registering oneself and colleagues, cancelling, the calendar file,
 * materials, ratings and follow-up questions.
 */
@Controller
class SessionController {

	private final Sessions sessions;

	private final SessionPages pages;

	private final SessionAccess access;

	private final Registrations registrations;

	private final AfterSession after;

	private final SessionCalendars calendars;

	private final SessionOptions options;

	SessionController(Sessions sessions, SessionPages pages, SessionAccess access, Registrations registrations,
			AfterSession after, SessionCalendars calendars, SessionOptions options) {
		this.sessions = sessions;
		this.pages = pages;
		this.access = access;
		this.registrations = registrations;
		this.after = after;
		this.calendars = calendars;
		this.options = options;
	}

	@GetMapping("/learning-sessions")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long theme,
			@RequestParam(required = false) Long action, @RequestParam(required = false) Long mentor,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String month,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		YearMonth yearMonth = null;
		if (month != null && !month.isBlank()) {
			try {
				yearMonth = YearMonth.parse(month);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("monthError", true);
			}
		}
		Boolean online = "online".equals(mode) ? Boolean.TRUE : "on-site".equals(mode) ? Boolean.FALSE : null;
		SessionFilter filter = new SessionFilter(theme, action, mentor, online, yearMonth);
		Page<Session> sessions = this.sessions.upcoming(user, filter, page);
		model.addAttribute("sessions", sessions);
		model.addAttribute("filter", filter);
		model.addAttribute("mode", (online == null) ? "" : online ? "online" : "on-site");
		model.addAttribute("month", (yearMonth != null) ? yearMonth.toString() : (month != null) ? month : "");
		model.addAttribute("themeOptions", this.options.themes(user, locale));
		model.addAttribute("actionOptions", this.options.actions(user));
		model.addAttribute("mentorOptions", this.options.mentors(user));
		model.addAttribute("coordinated", this.options.coordinated(user));
		model.addAttribute("mine", this.sessions.mine(user));
		model.addAttribute("recent", this.sessions.recent(user));
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/learning-sessions")
			.queryParamIfPresent("theme", java.util.Optional.ofNullable(theme))
			.queryParamIfPresent("action", java.util.Optional.ofNullable(action))
			.queryParamIfPresent("mentor", java.util.Optional.ofNullable(mentor))
			.queryParamIfPresent("mode", java.util.Optional.ofNullable(online).map((o) -> o ? "online" : "on-site"))
			.queryParamIfPresent("month", java.util.Optional.ofNullable(yearMonth))
			.build()
			.toUriString()
				+ ((theme != null || action != null || mentor != null || online != null || yearMonth != null) ? "&"
						: "?"));
		return "learning/list";
	}

	@GetMapping("/learning-sessions/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		this.pages.show(user, id, model);
		return "learning/show";
	}

	/** One click for oneself; colleagues of the same organisation chosen in the form. */
	@PostMapping("/learning-sessions/{id}/registrations")
	String register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "people", required = false) List<Long> people, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Session session = this.sessions.require(user, id);
		List<Long> who = new ArrayList<>();
		if (people == null || people.isEmpty()) {
			who.add(user.id());
		}
		else {
			Set<String> allowed = (session.open() ? this.registrations.colleagues(user.id()) : List.<Option>of())
				.stream()
				.map(Option::value)
				.collect(Collectors.toSet());
			for (long person : people) {
				if (person != user.id() && !allowed.contains(String.valueOf(person))) {
					throw new ForbiddenException();
				}
				who.add(person);
			}
		}
		Map<Long, Outcome> outcomes;
		try {
			outcomes = this.registrations.register(id, who, user.id());
		}
		catch (SessionClosedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			this.pages.show(user, id, model);
			model.addAttribute("registerError", "learning.register.closed." + ex.reason().name());
			return "learning/show";
		}
		redirect.addFlashAttribute("notice", notice(outcomes, user.id()));
		return "redirect:/learning-sessions/" + id;
	}

	private static String notice(Map<Long, Outcome> outcomes, long self) {
		if (outcomes.size() == 1 && outcomes.containsKey(self)) {
			return "learning.notice." + outcomes.get(self).name();
		}
		return "learning.notice.colleagues";
	}

	@PostMapping("/learning-sessions/{id}/registrations/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.sessions.require(user, id);
		boolean cancelled = this.registrations.cancel(id, user.id());
		redirect.addFlashAttribute("notice", cancelled ? "learning.notice.cancelled" : "learning.notice.notRegistered");
		return "redirect:/learning-sessions/" + id;
	}

	@GetMapping("/learning-sessions/{id}.ics")
	ResponseEntity<String> calendar(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Session session = this.sessions.require(user, id);
		Session shown = this.access.maySeeRestricted(user, session) ? session : withoutLink(session);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("session-" + id + ".ics").build().toString())
			.body(this.calendars.invitation(shown));
	}

	private static Session withoutLink(Session s) {
		return new Session(s.id(), s.groupId(), s.groupTitle(), s.programmeId(), s.programmeName(), s.associationId(),
				s.actionId(), s.actionLabel(), s.title(), s.online(), s.heldOn(), s.startsAt(), s.endsAt(),
				s.timeZone(), s.place(), null, s.open(), s.capacity(), s.registrationDeadline(), s.language(),
				s.description(), s.mentorOrganisationId(), s.mentorName(), s.reportShared(), s.reportNextSteps(),
				s.cancelledAt(), s.version(), s.registered(), s.waiting());
	}

	@GetMapping("/learning-sessions/{id}/materials/{materialId}")
	ResponseEntity<byte[]> material(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long materialId) {
		this.sessions.require(user, id);
		AfterSession.Download file = this.after.download(id, materialId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/learning-sessions/{id}/rating")
	String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String usefulness, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Session session = this.sessions.require(user, id);
		requireTookPart(user, session);
		Integer value = null;
		try {
			value = (usefulness != null) ? Integer.valueOf(usefulness) : null;
		}
		catch (NumberFormatException ex) {
			// rejected below
		}
		if (value == null || value < 1 || value > 5) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			this.pages.show(user, id, model);
			model.addAttribute("ratingError", "learning.rating.required");
			return "learning/show";
		}
		this.after.rate(id, user.id(), value);
		redirect.addFlashAttribute("notice", "learning.notice.rated");
		return "redirect:/learning-sessions/" + id + "#rating";
	}

	@PostMapping("/learning-sessions/{id}/questions")
	String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Session session = this.sessions.require(user, id);
		requireTookPart(user, session);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			this.pages.show(user, id, model);
			return "learning/show";
		}
		this.after.ask(id, user.id(), user.displayName(), form.getText().strip());
		redirect.addFlashAttribute("notice", "learning.notice.asked");
		return "redirect:/learning-sessions/" + id + "#questions";
	}

	/**
	 * Rating and asking: those who registered or came, once the session's day has come.
	 */
	private void requireTookPart(CurrentUser user, Session session) {
		if (!this.access.tookPart(user, session.id()) || !session.heldBy(this.sessions.today())) {
			throw new ForbiddenException();
		}
	}

}
