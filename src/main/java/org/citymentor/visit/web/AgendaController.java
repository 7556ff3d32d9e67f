package org.citymentor.visit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citymentor.goodpractice.GoodPracticeOption;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Option;
import org.citymentor.visit.AgendaItem;
import org.citymentor.visit.AgendaKind;
import org.citymentor.visit.Agendas;
import org.citymentor.visit.Visit;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The agenda of a visit: add, change, remove (after a confirmation) and move items within
 * their day; a print view and a PDF for the hosts.
 */
@Controller
@RequestMapping("/groups/{groupId}/visits/{visitId}")
class AgendaController {

	private final AgendaPages pages;

	private final Agendas agendas;

	private final GoodPractices goodPractices;

	private final VisitPdf pdf;

	AgendaController(AgendaPages pages, Agendas agendas, GoodPractices goodPractices, VisitPdf pdf) {
		this.pages = pages;
		this.agendas = agendas;
		this.goodPractices = goodPractices;
		this.pdf = pdf;
	}

	@GetMapping("/agenda/new")
	String newItem(@PathVariable long groupId, @PathVariable long visitId,
			@RequestParam(name = "day", required = false) String day, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		AgendaItemForm form = new AgendaItemForm();
		form.setDay((day != null) ? day : page.visit().startsOn().toString());
		return render(page, null, form, Map.of(), false, locale, model);
	}

	@PostMapping("/agenda/new")
	String add(@PathVariable long groupId, @PathVariable long visitId, @ModelAttribute("form") AgendaItemForm form,
			@RequestParam(name = "next", defaultValue = "") String next, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		Map<String, String> errors = new LinkedHashMap<>();
		AgendaItem.Input input = form.check(Agendas.days(page.visit()), practiceIds(groupId), errors);
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(page, null, form, errors, false, locale, model);
		}
		long id = this.agendas.add(visitId, input, user.displayName());
		redirect.addFlashAttribute("notice", "visit.agenda.notice.added");
		if ("another".equals(next)) {
			return "redirect:" + page.base() + "/agenda/new?day=" + input.day();
		}
		return "redirect:" + page.base() + "#agenda-item-" + id;
	}

	@GetMapping("/agenda/{itemId}")
	String edit(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long itemId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		AgendaItem item = this.agendas.require(visitId, itemId);
		return render(page, item, AgendaItemForm.of(item), Map.of(), false, locale, model);
	}

	@PostMapping("/agenda/{itemId}")
	String save(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long itemId,
			@ModelAttribute("form") AgendaItemForm form, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		AgendaItem item = this.agendas.require(visitId, itemId);
		Map<String, String> errors = new LinkedHashMap<>();
		AgendaItem.Input input = form.check(Agendas.days(page.visit()), practiceIds(groupId), errors);
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(page, item, form, errors, false, locale, model);
		}
		try {
			this.agendas.update(visitId, itemId, form.getVersion(), input, user.displayName());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			form.setVersion(item.version());
			return render(page, item, form, Map.of(), true, locale, model);
		}
		redirect.addFlashAttribute("notice", "visit.agenda.notice.saved");
		return "redirect:" + page.base() + "#agenda-item-" + itemId;
	}

	@GetMapping("/agenda/{itemId}/remove")
	String confirmRemove(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long itemId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		AgendaItem item = this.agendas.require(visitId, itemId);
		this.pages.common(page, locale, model);
		model.addAttribute("item", item);
		model.addAttribute("removing", true);
		model.addAttribute("form", AgendaItemForm.of(item));
		model.addAttribute("errors", Map.of());
		return "visits/agenda-item";
	}

	@PostMapping("/agenda/{itemId}/remove")
	String remove(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long itemId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		this.agendas.require(visitId, itemId);
		this.agendas.remove(visitId, itemId);
		redirect.addFlashAttribute("notice", "visit.agenda.notice.removed");
		return "redirect:" + page.base() + "#agenda";
	}

	@PostMapping("/agenda/{itemId}/move")
	String move(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long itemId,
			@RequestParam(name = "direction", defaultValue = "down") String direction,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		AgendaPages.Page page = this.pages.plan(groupId, visitId, user);
		boolean moved = this.agendas.move(visitId, itemId, "up".equals(direction) ? -1 : 1, user.displayName());
		redirect.addFlashAttribute("notice", moved ? "visit.agenda.notice.moved" : "visit.agenda.notice.notMoved");
		return "redirect:" + page.base() + "#agenda-item-" + itemId;
	}

	/** The agenda to print, for the hosts: whoever may see the group. */
	@GetMapping("/agenda/print")
	String print(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		AgendaPages.Page page = this.pages.read(groupId, visitId, user);
		model.addAllAttributes(this.pdf.model(page.visit(), page.base(), false, locale));
		return "visits/agenda-print";
	}

	private String render(AgendaPages.Page page, AgendaItem item, AgendaItemForm form, Map<String, String> errors,
			boolean conflict, Locale locale, Model model) {
		this.pages.common(page, locale, model);
		model.addAttribute("item", item);
		model.addAttribute("removing", false);
		model.addAttribute("form", form);
		model.addAttribute("errors", AgendaItemForm.ordered(errors));
		model.addAttribute("conflict", conflict);
		model.addAttribute("dayOptions", dayOptions(page.visit(), locale));
		model.addAttribute("kinds", AgendaKind.values());
		model.addAttribute("practiceOptions", practiceOptions(page.visit().groupId()));
		return "visits/agenda-item";
	}

	private static List<Option> dayOptions(Visit visit, Locale locale) {
		List<Option> options = new ArrayList<>();
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
				locale);
		for (LocalDate day : Agendas.days(visit)) {
			options.add(new Option(day.toString(), day.format(format)));
		}
		return options;
	}

	/** The published sheets of the group's mentor organisations. */
	private List<Option> practiceOptions(long groupId) {
		List<Option> options = new ArrayList<>();
		for (GoodPracticeOption sheet : publishedSheets(groupId)) {
			options.add(new Option(String.valueOf(sheet.id()), sheet.title()));
		}
		return options;
	}

	private Set<Long> practiceIds(long groupId) {
		Set<Long> ids = new LinkedHashSet<>();
		publishedSheets(groupId).forEach((sheet) -> ids.add(sheet.id()));
		return ids;
	}

	private List<GoodPracticeOption> publishedSheets(long groupId) {
		Set<Long> organisations = new LinkedHashSet<>();
		this.pages.group(groupId)
			.participants()
			.stream()
			.filter((p) -> p.isMentor())
			.forEach((p) -> organisations.add(p.organisationId()));
		List<GoodPracticeOption> sheets = new ArrayList<>();
		organisations.forEach((id) -> sheets.addAll(this.goodPractices.publishedOptions(id)));
		return sheets;
	}

	/** The PDF of the agenda, for the hosts: whoever may see the group. */
	@GetMapping("/agenda.pdf")
	void pdf(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		AgendaPages.Page page = this.pages.read(groupId, visitId, user);
		byte[] bytes = this.pdf.render(page.visit(), locale);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"visit-" + page.visit().number() + "-agenda.pdf\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
