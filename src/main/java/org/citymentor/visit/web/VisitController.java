package org.citymentor.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupDetails.Participant;
import org.citymentor.group.ParticipantRole;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.visit.Meetings;
import org.citymentor.visit.Visit;
import org.citymentor.visit.VisitData;
import org.citymentor.visit.VisitMode;
import org.citymentor.visit.VisitRuleException;
import org.citymentor.visit.VisitSeries;
import org.citymentor.visit.VisitStatus;
import org.citymentor.visit.Visits;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visits of a group: the list with the meetings between them, planning a visit (or
 * the programme's default series at once), changing it, and the visit's own page.
 */
@Controller
@RequestMapping("/groups/{groupId}/visits")
class VisitController {

	private final VisitPages pages;

	private final Visits visits;

	private final Meetings meetings;

	private final Programmes programmes;

	private final MessageSource messages;

	private final Clock clock;

	VisitController(VisitPages pages, Visits visits, Meetings meetings, Programmes programmes, MessageSource messages,
			Clock clock) {
		this.pages = pages;
		this.visits = visits;
		this.meetings = meetings;
		this.programmes = programmes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Model model) {
		GroupDetails group = this.pages.read(groupId, user, model);
		model.addAttribute("visits", this.visits.of(groupId));
		var all = this.meetings.of(groupId);
		model.addAttribute("meetings", all);
		model.addAttribute("seriesSize", this.programmes.details(group.programmeId()).data().defaultVisits());
		// learning networks ask at least two meetings per action (decisions.md 10)
		model.addAttribute("fewMeetings", group.data().actionId() != null && all.size() < 2);
		return "visits/list";
	}

	@PostMapping("/series")
	String series(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		GroupDetails group = this.pages.plan(groupId, user, model);
		if (!this.visits.of(groupId).isEmpty()) {
			redirect.addFlashAttribute("notice", "visit.notice.seriesExists");
			return "redirect:/groups/" + groupId + "/visits";
		}
		int count = this.programmes.details(group.programmeId()).data().defaultVisits();
		Long mentee = city(group, true);
		Long mentor = city(group, false);
		int planned = 0;
		for (VisitSeries.Proposal p : VisitSeries.propose(count, group.data().startDate(), group.data().endDate(),
				LocalDate.now(this.clock))) {
			String purpose = this.messages.getMessage("visit.purpose." + Math.min(p.number(), 3), null, locale);
			try {
				this.visits.create(groupId,
						new VisitData(p.number(), p.menteeHosts() ? mentee : mentor, VisitMode.ON_SITE, null, null,
								p.startsOn(), p.endsOn(), this.pages.defaultZone(), purpose, null, VisitStatus.PLANNED),
						user.displayName());
				planned++;
			}
			catch (VisitRuleException ex) {
				// a proposal outside the group's period is left for the group to plan by
				// hand
			}
		}
		redirect.addFlashAttribute("notice",
				(planned == count) ? "visit.notice.seriesPlanned" : "visit.notice.seriesPartly");
		return "redirect:/groups/" + groupId + "/visits";
	}

	@GetMapping("/new")
	String newVisit(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		GroupDetails group = this.pages.plan(groupId, user, model);
		VisitForm form = new VisitForm();
		int next = this.visits.of(groupId).size() + 1;
		form.setNumber(String.valueOf(next));
		form.setTimeZone(this.pages.defaultZone());
		form.setPurpose(this.messages.getMessage("visit.purpose." + Math.min(next, 3), null, locale));
		form.setHostOrganisationId(city(group, next % 2 == 1));
		return form(null, form, Map.of(), model);
	}

	@PostMapping("/new")
	String create(@PathVariable long groupId, @ModelAttribute("form") VisitForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		GroupDetails group = this.pages.plan(groupId, user, model);
		Map<String, String> errors = new LinkedHashMap<>();
		VisitData data = form.check(hostIds(group), errors);
		if (data != null) {
			try {
				long id = this.visits.create(groupId, data, user.displayName());
				redirect.addFlashAttribute("notice", "visit.notice.planned");
				return "redirect:/groups/" + groupId + "/visits/" + id;
			}
			catch (VisitRuleException ex) {
				errors.put(ex.field().equals("startsOn") ? "startDay" : ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(null, form, errors, model);
	}

	@GetMapping("/{visitId}")
	String show(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.pages.read(groupId, user, model);
		// the page lists the group's visits: this one is among them
		List<Visit> all = this.visits.of(groupId);
		Visit visit = all.stream().filter((v) -> v.id() == visitId).findFirst().orElseThrow(NotFoundException::new);
		model.addAttribute("visit", visit);
		model.addAttribute("visits", all);
		return "visits/show";
	}

	@GetMapping("/{visitId}/edit")
	String edit(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.pages.plan(groupId, user, model);
		Visit visit = this.visits.require(groupId, visitId);
		return form(visit, VisitForm.of(visit), Map.of(), model);
	}

	@PostMapping("/{visitId}/edit")
	String update(@PathVariable long groupId, @PathVariable long visitId, @ModelAttribute("form") VisitForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		GroupDetails group = this.pages.plan(groupId, user, model);
		Visit visit = this.visits.require(groupId, visitId);
		Map<String, String> errors = new LinkedHashMap<>();
		VisitData data = form.check(hostIds(group), errors);
		if (data != null) {
			try {
				this.visits.update(groupId, visitId, form.getVersion(), data, user.displayName());
				redirect.addFlashAttribute("notice", "visit.notice.saved");
				return "redirect:/groups/" + groupId + "/visits/" + visitId;
			}
			catch (VisitRuleException ex) {
				errors.put(ex.field().equals("startsOn") ? "startDay" : ex.field(), ex.messageKey());
			}
			catch (StaleEditException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				Visit stored = this.visits.require(groupId, visitId);
				model.addAttribute("theirs", stored);
				form.setVersion(stored.version());
				return form(stored, form, Map.of(), model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(visit, form, errors, model);
	}

	private String form(Visit visit, VisitForm form, Map<String, String> errors, Model model) {
		model.addAttribute("visit", visit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		@SuppressWarnings("unchecked")
		Map<Long, String> names = (Map<Long, String>) model.getAttribute("organisationNames");
		model.addAttribute("hosts", VisitPages.hosts((GroupDetails) model.getAttribute("group"), names));
		model.addAttribute("zones", VisitPages.ZONES);
		model.addAttribute("statuses", VisitStatus.values());
		return "visits/form";
	}

	private static Set<Long> hostIds(GroupDetails group) {
		return group.participants()
			.stream()
			.filter((p) -> p.role() != ParticipantRole.FACILITATOR)
			.map(Participant::organisationId)
			.collect(Collectors.toSet());
	}

	/** The group's mentee (or mentor) city, the default host of a visit. */
	private static Long city(GroupDetails group, boolean mentee) {
		List<Participant> cities = group.participants()
			.stream()
			.filter((p) -> p.role() == ParticipantRole.CITY && (mentee ? p.isMentee() : p.isMentor()))
			.toList();
		return cities.isEmpty() ? null : cities.get(0).organisationId();
	}

}
