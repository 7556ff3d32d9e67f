package org.citymentor.learning.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.citymentor.learning.AfterSession;
import org.citymentor.learning.Registrations;
import org.citymentor.learning.Session;
import org.citymentor.learning.SessionAccess;
import org.citymentor.learning.SessionOptions;
import org.citymentor.learning.Sessions;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a session, for the mentor side and the coordinators: who came (registered people
 * and walk-ins), the short report, the materials, and answers to follow-up questions.
 */
@Controller
@RequestMapping("/learning-sessions/{id}")
class AfterSessionController {

	private final Sessions sessions;

	private final SessionAccess access;

	private final Registrations registrations;

	private final AfterSession after;

	private final SessionOptions options;

	AfterSessionController(Sessions sessions, SessionAccess access, Registrations registrations, AfterSession after,
			SessionOptions options) {
		this.sessions = sessions;
		this.access = access;
		this.registrations = registrations;
		this.after = after;
		this.options = options;
	}

	@GetMapping("/follow-up")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Session session = manage(user, id);
		return page(session, model);
	}

	@PostMapping("/attendance")
	String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "attended", required = false) List<Long> attended, RedirectAttributes redirect) {
		manage(user, id);
		this.after.recordAttendance(id, (attended != null) ? attended : List.of());
		return done(id, "learning.notice.attendanceSaved", redirect);
	}

	@PostMapping("/walk-ins")
	String walkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("walkInForm") WalkInForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Session session = manage(user, id);
		if (form.getOrganisationId() != null && this.options.municipalities(session.associationId())
			.stream()
			.noneMatch((o) -> o.value().equals(String.valueOf(form.getOrganisationId())))) {
			result.rejectValue("organisationId", "learning.walkIn.organisation.invalid");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(session, model);
		}
		this.after.addWalkIn(id, form.getName().strip(), form.getOrganisationId());
		return done(id, "learning.notice.walkInAdded", redirect);
	}

	@PostMapping("/report")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Session session = manage(user, id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(session, model);
		}
		this.sessions.saveReport(id, form.getShared().strip(),
				(form.getNextSteps() != null && !form.getNextSteps().isBlank()) ? form.getNextSteps().strip() : null);
		return done(id, "learning.notice.reportSaved", redirect);
	}

	@PostMapping("/materials")
	String material(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("materialForm") MaterialForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Session session = manage(user, id);
		if (!form.hasFile() && !form.validUrl()) {
			result.rejectValue("url", "learning.material.error.linkOrFile");
		}
		if (!result.hasErrors()) {
			if (form.hasFile()) {
				Optional<String> refused = this.after.addFile(id, form.getTitle().strip(),
						form.getFile().getOriginalFilename(), form.getFile().getBytes(), user.displayName());
				refused.ifPresent((key) -> result.rejectValue("file", key));
			}
			else {
				this.after.addLink(id, form.getTitle().strip(), form.getUrl().strip(), user.displayName());
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(session, model);
		}
		return done(id, "learning.notice.materialAdded", redirect);
	}

	@PostMapping("/materials/{materialId}/remove")
	String removeMaterial(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long materialId, RedirectAttributes redirect) {
		manage(user, id);
		if (!this.after.removeMaterial(id, materialId)) {
			throw new NotFoundException();
		}
		return done(id, "learning.notice.materialRemoved", redirect);
	}

	@PostMapping("/questions/{questionId}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long questionId,
			@Valid @ModelAttribute("answerForm") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Session session = manage(user, id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("answering", questionId);
			return page(session, model);
		}
		if (!this.after.answer(id, questionId, form.getText().strip(), user.displayName())) {
			throw new NotFoundException();
		}
		return done(id, "learning.notice.answered", redirect);
	}

	private Session manage(CurrentUser user, long id) {
		Session session = this.sessions.require(user, id);
		this.access.requireManage(user, session);
		return session;
	}

	private String page(Session session, Model model) {
		model.addAttribute("learningSession", session);
		model.addAttribute("registrants", this.registrations.of(session.id()));
		List<AfterSession.Attendee> attendees = this.after.attendees(session.id());
		model.addAttribute("attendees", attendees);
		model.addAttribute("attendedIds", attendees.stream().map(AfterSession.Attendee::userId).toList());
		model.addAttribute("materials", this.after.materials(session.id()));
		model.addAttribute("questions", this.after.questions(session.id()));
		model.addAttribute("municipalities", this.options.municipalities(session.associationId()));
		if (!model.containsAttribute("walkInForm")) {
			model.addAttribute("walkInForm", new WalkInForm());
		}
		if (!model.containsAttribute("reportForm")) {
			ReportForm report = new ReportForm();
			report.setShared(session.reportShared());
			report.setNextSteps(session.reportNextSteps());
			model.addAttribute("reportForm", report);
		}
		if (!model.containsAttribute("materialForm")) {
			model.addAttribute("materialForm", new MaterialForm());
		}
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new QuestionForm());
		}
		return "learning/follow-up";
	}

	private static String done(long id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/learning-sessions/" + id + "/follow-up";
	}

}
