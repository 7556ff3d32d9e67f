package org.citymentor.actionplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.ActionPlans;
import org.citymentor.actionplan.PlanContent;
import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Part;
import org.citymentor.actionplan.PlanMonitoring;
import org.citymentor.actionplan.PlanMonitoring.Entry;
import org.citymentor.actionplan.PlanMonitoring.Kind;
import org.citymentor.actionplan.PlanMonitoring.Monitoring;
import org.citymentor.actionplan.PlanMonitoring.Status;
import org.citymentor.actionplan.PlanProgress;
import org.citymentor.actionplan.PlanSnapshots;
import org.citymentor.actionplan.web.PlanPages.Plan;
import org.citymentor.form.FormScope.Permissions;
import org.citymentor.form.FormVersions;
import org.citymentor.group.Groups;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The monitoring of a plan once a version is submitted: actions by status, overdue
 * actions, indicators against their targets, a timeline, and per action its updates
 * (logged by the mentee organisation) and observations (by the mentor side). Coordinators
 * read statuses, dates and values, never the notes.
 */
@Controller
@RequestMapping("/groups/{groupId}/participants/{participantId}/action-plan")
class MonitoringController {

	private final PlanPages pages;

	private final PlanSnapshots snapshots;

	private final FormVersions versions;

	private final PlanProgress progress;

	private final ActionPlans plans;

	private final Groups groups;

	private final Clock clock;

	private final DisplayZone zone;

	MonitoringController(PlanPages pages, PlanSnapshots snapshots, FormVersions versions, PlanProgress progress,
			ActionPlans plans, Groups groups, Clock clock, DisplayZone zone) {
		this.pages = pages;
		this.snapshots = snapshots;
		this.versions = versions;
		this.progress = progress;
		this.plans = plans;
		this.groups = groups;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/monitoring")
	String view(@PathVariable long groupId, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		return render(plan, null, null, model);
	}

	/** The owner sets how often an update of each action is expected (1 to 12 months). */
	@PostMapping("/monitoring/interval")
	String interval(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "months", defaultValue = "") String months, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Plan plan = this.pages.editable(groupId, participantId, user, locale);
		submitted(plan);
		int value;
		try {
			value = Integer.parseInt(months.strip());
		}
		catch (NumberFormatException ex) {
			value = 0;
		}
		if (value < 1 || value > 12) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(plan, months, "planMonitoring.error.interval", model);
		}
		this.plans.monitoringInterval(plan.documentId(), value);
		redirect.addFlashAttribute("notice", "planMonitoring.notice.intervalSaved");
		return "redirect:" + plan.scope().baseUrl() + "/monitoring";
	}

	@GetMapping("/actions/{key}/progress")
	String form(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@RequestParam(name = "kind", required = false) String asked, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		Kind kind = kind(plan, asked);
		Action action = content(plan).action(key).orElseThrow(NotFoundException::new);
		return renderForm(plan, kind, action, ProgressForm.of(action, today()), Map.of(), model);
	}

	@PostMapping("/actions/{key}/progress")
	String log(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@RequestParam(name = "kind", required = false) String asked, @ModelAttribute("form") ProgressForm form,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		Kind kind = kind(plan, asked);
		Action action = content(plan).action(key).orElseThrow(NotFoundException::new);
		// binding would split "1.250,5" at the comma: take the fields as sent
		form.setIndicatorKey(values(request, "indicatorKey"));
		form.setValue(values(request, "value"));
		form.align(action);
		Map<String, String> errors = new LinkedHashMap<>();
		// nobody anywhere is further ahead than UTC+14
		ProgressForm.Input input = form.check(kind, action, LocalDate.now(this.clock.withZone(ZoneOffset.ofHours(14))),
				errors);
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return renderForm(plan, kind, action, form, errors, model);
		}
		this.progress.log(plan.documentId(), key, kind, input.reportedOn(), input.status(), input.note(),
				input.values(),
				new PlanProgress.Author(user.id(), user.displayName(), plan.scope().viewer().organisationId()),
				new PlanProgress.History(this.groups.details(groupId).programmeId(), groupId, plan.scope().caption()));
		redirect.addFlashAttribute("notice", (kind == Kind.UPDATE) ? "planMonitoring.notice.updateLogged"
				: "planMonitoring.notice.observationAdded");
		return "redirect:" + plan.scope().baseUrl() + "/monitoring#action-" + key;
	}

	/**
	 * What the viewer adds: the mentee organisation logs updates, the mentor side adds
	 * observations; others may only read (403), and so does whoever asks for the other
	 * kind (a mentor logging an update).
	 */
	private Kind kind(Plan plan, String asked) {
		submitted(plan);
		Permissions permissions = plan.scope().permissions();
		Kind kind;
		if (permissions.edit()) {
			kind = Kind.UPDATE;
		}
		else if (permissions.comment()) {
			kind = Kind.OBSERVATION;
		}
		else {
			throw new ForbiddenException();
		}
		if (asked != null && !asked.equals(kind.name())) {
			throw new ForbiddenException();
		}
		return kind;
	}

	/**
	 * Monitoring starts with the first submitted version; before, there is nothing (404).
	 */
	private static void submitted(Plan plan) {
		if (!started(plan)) {
			throw new NotFoundException();
		}
	}

	private static boolean started(Plan plan) {
		return plan.standing() != null && plan.standing().latest() > 0;
	}

	/**
	 * The actions monitored: the plan's rows for those who may read the draft (the latest
	 * version once submitted), else the latest submitted version as it was.
	 */
	private PlanContent content(Plan plan) {
		if (plan.scope().mayReadDraft()) {
			return this.pages.draft(plan);
		}
		List<FormVersions.Version> all = this.versions.of(plan.documentId());
		return all.isEmpty() ? PlanContent.EMPTY : this.snapshots.content(all.get(0).id());
	}

	private String render(Plan plan, String typedInterval, String intervalError, Model model) {
		this.pages.common(plan, model);
		Permissions permissions = plan.scope().permissions();
		if (!started(plan)) {
			if (!permissions.comment()) {
				throw new NotFoundException();
			}
			model.addAttribute("started", false);
			return "actionplan/monitoring";
		}
		boolean notes = permissions.comment();
		PlanProgress.Recent recent = this.progress.recent(plan.documentId());
		recent = new PlanProgress.Recent(notes(recent.entries(), notes), recent.counts());
		PlanContent content = content(plan);
		int interval = plan.standing().intervalMonths();
		Monitoring monitoring = PlanMonitoring.of(content, recent, interval, plan.standing().approvedOn(), today());
		model.addAttribute("started", true);
		model.addAttribute("monitoring", monitoring);
		model.addAttribute("recent", recent);
		model.addAttribute("timeline", PlanMonitoring.timeline(content.actions(), monitoring.today()));
		model.addAttribute("labels", labels(content));
		model.addAttribute("states",
				monitoring.actions()
					.stream()
					.collect(java.util.stream.Collectors.toMap((a) -> a.action().key(), (a) -> a)));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("notes", notes);
		model.addAttribute("mayUpdate", permissions.edit());
		model.addAttribute("mayObserve", permissions.comment() && !permissions.edit());
		model.addAttribute("interval", interval);
		model.addAttribute("typedInterval", (typedInterval != null) ? typedInterval : String.valueOf(interval));
		model.addAttribute("intervalError", intervalError);
		return "actionplan/monitoring";
	}

	/**
	 * Every update and observation of one action, newest first: the monitoring page shows
	 * only the latest of each.
	 */
	@GetMapping("/monitoring/actions/{key}")
	String history(@PathVariable long groupId, @PathVariable long participantId, @PathVariable UUID key,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Plan plan = this.pages.existing(groupId, participantId, user, locale);
		submitted(plan);
		PlanContent content = content(plan);
		Action action = content.action(key).orElseThrow(NotFoundException::new);
		boolean notes = plan.scope().permissions().comment();
		this.pages.common(plan, model);
		model.addAttribute("action", action);
		model.addAttribute("label", labels(content).get(key));
		model.addAttribute("entries", notes(this.progress.ofAction(plan.documentId(), key), notes));
		model.addAttribute("notes", notes);
		return "actionplan/history";
	}

	/** The entries as this viewer reads them: coordinators never read the notes. */
	private static List<Entry> notes(List<Entry> entries, boolean notes) {
		return entries.stream().map((e) -> notes ? e : e.withoutNote()).toList();
	}

	private String renderForm(Plan plan, Kind kind, Action action, ProgressForm form, Map<String, String> errors,
			Model model) {
		this.pages.common(plan, model);
		model.addAttribute("kind", kind.name());
		model.addAttribute("action", action);
		model.addAttribute("label", labels(content(plan)).get(action.key()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("maxNote", ProgressForm.MAX_NOTE);
		return "actionplan/progress";
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null) ? new java.util.ArrayList<>(List.of(values)) : new java.util.ArrayList<>();
	}

	/** "A1", "A2", "B1"… by action key. */
	static Map<UUID, String> labels(PlanContent content) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		for (Part part : content.parts()) {
			for (int i = 0; i < part.actions().size(); i++) {
				labels.put(part.actions().get(i).key(), part.letter() + (i + 1));
			}
		}
		return labels;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone.zone()));
	}

}
