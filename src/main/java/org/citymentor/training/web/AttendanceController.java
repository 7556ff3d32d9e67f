package org.citymentor.training.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.account.AccountService;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.training.Training;
import org.citymentor.training.Trainings;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attendance of a session, recorded on one form from its day on by those who plan it: a
 * box per invited person, fifty a page for a programme-wide session.
 */
@Controller
class AttendanceController {

	static final int PAGE_SIZE = 50;

	private final TrainingPages pages;

	private final Trainings trainings;

	private final AccountService accounts;

	private final Clock clock;

	AttendanceController(TrainingPages pages, Trainings trainings, AccountService accounts, Clock clock) {
		this.pages = pages;
		this.trainings = trainings;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/trainings/{id}/attendance")
	String form(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Training training = this.pages.manage(id, user, model);
		return page(training, Math.max(page, 0), null, model);
	}

	@PostMapping("/trainings/{id}/attendance")
	String record(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "people", required = false) List<Long> people,
			@RequestParam(name = "attended", required = false) List<Long> attended,
			@RequestParam(defaultValue = "-1") long attendanceVersion, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Training training = this.pages.manage(id, user, model);
		List<Long> shown = (people != null) ? people : List.of();
		Set<Long> present = Set.copyOf((attended != null) ? attended : List.of());
		String error = null;
		if (training.isCancelled()) {
			error = "training.attendance.cancelled";
		}
		else if (!training.hasStarted(this.clock.instant())) {
			error = "training.attendance.tooEarly";
		}
		else if (shown.isEmpty() || !shown.containsAll(present)
				|| !this.trainings.invitedAmong(id, shown).containsAll(shown)) {
			error = "training.attendance.unknownPerson";
		}
		if (error != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(training, Math.max(page, 0), error, model);
		}
		Map<Long, Boolean> rows = new LinkedHashMap<>();
		shown.forEach((p) -> rows.put(p, present.contains(p)));
		try {
			this.trainings.recordAttendance(id, attendanceVersion, rows, user.displayName());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(this.trainings.require(id), Math.max(page, 0), "training.attendance.conflict", model);
		}
		redirect.addFlashAttribute("notice", "training.notice.attendance");
		return "redirect:/trainings/" + id;
	}

	private String page(Training training, int page, String error, Model model) {
		Page<Long> invited = this.trainings.invited(training.id(), PageRequest.of(page, PAGE_SIZE));
		var people = this.accounts.people(invited.getContent());
		model.addAttribute("training", training);
		model.addAttribute("invited", invited);
		model.addAttribute("people", invited.getContent().stream().map(people::get).filter((p) -> p != null).toList());
		model.addAttribute("attendance", this.trainings.attendance(training.id()));
		model.addAttribute("started", training.hasStarted(this.clock.instant()));
		model.addAttribute("error", error);
		model.addAttribute("basePath", "/trainings/" + training.id() + "/attendance?");
		return "training/attendance";
	}

}
