package org.citymentor.visit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.visit.VisitOutcomes;
import org.citymentor.visit.VisitParticipant;
import org.citymentor.visit.VisitParticipants;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who takes part in a visit: people of the group, members of a support network (named
 * only to the group's members), guests by name and organisation; after the visit, who
 * came, on one form.
 */
@Controller
@RequestMapping("/groups/{groupId}/visits/{visitId}/participants")
class ParticipantController {

	private final AgendaPages pages;

	private final VisitParts parts;

	private final VisitParticipants participants;

	private final VisitOutcomes outcomes;

	ParticipantController(AgendaPages pages, VisitParts parts, VisitParticipants participants, VisitOutcomes outcomes) {
		this.pages = pages;
		this.parts = parts;
		this.participants = participants;
		this.outcomes = outcomes;
	}

	@GetMapping
	String show(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		return render(page, "", "", Map.of(), locale, model);
	}

	/**
	 * Sets the people of the group (and, for members, of the support networks) who come.
	 */
	@PostMapping
	String choose(@PathVariable long groupId, @PathVariable long visitId,
			@RequestParam(name = "userId", required = false) List<Long> userIds,
			@RequestParam(name = "networkMemberId", required = false) List<Long> networkMemberIds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		List<VisitParticipant> present = this.participants.of(visitId);
		this.participants.setMembers(visitId,
				pick(this.parts.groupPeople(groupId), userIds, present, VisitParticipant::userId));
		if (page.member()) {
			this.participants.setNetworkMembers(visitId, pick(this.parts.networkPeople(groupId), networkMemberIds,
					present, VisitParticipant::networkMemberId));
		}
		redirect.addFlashAttribute("notice", "visit.participants.notice.saved");
		return "redirect:" + page.base() + "/participants";
	}

	@PostMapping("/guests")
	String addGuest(@PathVariable long groupId, @PathVariable long visitId,
			@RequestParam(name = "name", defaultValue = "") String name,
			@RequestParam(name = "organisation", defaultValue = "") String organisation,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		Map<String, String> errors = new LinkedHashMap<>();
		String cleanName = name.strip();
		String cleanOrganisation = organisation.strip();
		if (cleanName.isEmpty()) {
			errors.put("name", "visit.participants.error.name");
		}
		else if (cleanName.length() > 300) {
			errors.put("name", "visit.participants.error.tooLong");
		}
		if (cleanOrganisation.length() > 300) {
			errors.put("organisation", "visit.participants.error.tooLong");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(page, name, organisation, errors, locale, model);
		}
		this.participants.addGuest(visitId, cleanName, cleanOrganisation.isEmpty() ? null : cleanOrganisation);
		redirect.addFlashAttribute("notice", "visit.participants.notice.guestAdded");
		return "redirect:" + page.base() + "/participants#guests";
	}

	@PostMapping("/{participantId}/remove")
	String remove(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		VisitParticipant participant = this.participants.of(visitId)
			.stream()
			.filter((p) -> p.id() == participantId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (participant.isNetwork() && !page.member()) {
			throw new NotFoundException();
		}
		this.participants.remove(visitId, participantId);
		redirect.addFlashAttribute("notice", "visit.participants.notice.removed");
		return "redirect:" + page.base() + "/participants";
	}

	/** Who came: one {@code attended-<id>} field per participant, yes or no. */
	@PostMapping("/attendance")
	String attendance(@PathVariable long groupId, @PathVariable long visitId, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		if (!this.outcomes.isOver(page.visit())) {
			redirect.addFlashAttribute("notice", "visit.participants.notice.notYet");
			return "redirect:" + page.base() + "/participants";
		}
		Map<Long, Boolean> attended = new LinkedHashMap<>();
		for (VisitParticipant participant : this.participants.of(visitId)) {
			if (participant.isNetwork() && !page.member()) {
				continue;
			}
			String value = fields.get("attended-" + participant.id());
			if ("yes".equals(value) || "no".equals(value)) {
				attended.put(participant.id(), "yes".equals(value));
			}
		}
		this.participants.attendance(visitId, attended);
		redirect.addFlashAttribute("notice", "visit.participants.notice.attendance");
		return "redirect:" + page.base() + "#participants";
	}

	private String render(AgendaPages.Page page, String guestName, String guestOrganisation, Map<String, String> errors,
			Locale locale, Model model) {
		this.pages.common(page, locale, model);
		long visitId = page.visit().id();
		List<VisitParticipant> all = this.participants.of(visitId);
		model.addAttribute("participants", page.member() ? all : all.stream().filter((p) -> !p.isNetwork()).toList());
		model.addAttribute("people", this.parts.groupPeople(page.visit().groupId()));
		model.addAttribute("chosenPeople", this.participants.accounts(visitId));
		model.addAttribute("network", page.member() ? this.parts.networkPeople(page.visit().groupId()) : Map.of());
		model.addAttribute("chosenNetwork", this.participants.networkMembers(visitId));
		model.addAttribute("over", this.outcomes.isOver(page.visit()));
		model.addAttribute("guestName", guestName);
		model.addAttribute("guestOrganisation", guestOrganisation);
		model.addAttribute("errors", errors);
		return "visits/participants";
	}

	/**
	 * The chosen candidates, and those taking part who are no longer candidates (left the
	 * group or the network): the form does not show them, so it cannot take them out.
	 */
	private static Map<Long, VisitParticipants.Named> pick(Map<Long, VisitParticipants.Named> candidates,
			List<Long> chosen, List<VisitParticipant> present, Function<VisitParticipant, Long> key) {
		Map<Long, VisitParticipants.Named> result = new LinkedHashMap<>();
		present.stream()
			.filter((p) -> key.apply(p) != null && !candidates.containsKey(key.apply(p)))
			.forEach((p) -> result.put(key.apply(p), new VisitParticipants.Named(p.name(), p.organisation())));
		if (chosen != null) {
			chosen.stream().filter(candidates::containsKey).forEach((id) -> result.put(id, candidates.get(id)));
		}
		return result;
	}

}
