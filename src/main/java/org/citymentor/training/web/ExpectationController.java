package org.citymentor.training.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.account.AccountService;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.training.Expectations;
import org.citymentor.training.Expectations.Expectation;
import org.citymentor.training.Training;
import org.citymentor.training.TrainingAccess;
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
 * Each invited person says what they expect, can bring and worry about, before or at the
 * session; the members of their groups read it. Coordinators who are not members see how
 * many answered, not what (decisions.md 2 and 3).
 */
@Controller
class ExpectationController {

	static final int PAGE_SIZE = 20;

	static final int MAX_LENGTH = 2000;

	private final TrainingPages pages;

	private final Trainings trainings;

	private final Expectations expectations;

	private final TrainingAccess access;

	private final AccountService accounts;

	ExpectationController(TrainingPages pages, Trainings trainings, Expectations expectations, TrainingAccess access,
			AccountService accounts) {
		this.pages = pages;
		this.trainings = trainings;
		this.expectations = expectations;
		this.access = access;
		this.accounts = accounts;
	}

	@GetMapping("/trainings/{id}/expectations")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Training training = this.pages.read(id, user, model);
		Expectation.Answers mine = this.expectations.mine(id, user.id())
			.map(Expectation::answers)
			.orElse(new Expectation.Answers(null, null, null));
		return page(training, user, Math.max(page, 0), mine, Map.of(), model);
	}

	@PostMapping("/trainings/{id}/expectations")
	String save(@PathVariable long id, @RequestParam(required = false) String expects,
			@RequestParam(required = false) String contributes, @RequestParam(required = false) String worries,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Training training = this.pages.read(id, user, model);
		if (!this.access.isInvited(user, training)) {
			throw new ForbiddenException();
		}
		Expectation.Answers answers = new Expectation.Answers(clean(expects), clean(contributes), clean(worries));
		Map<String, String> errors = new LinkedHashMap<>();
		if (answers.expects() == null) {
			errors.put("expects", "training.expectations.error.expects");
		}
		Map<String, String> all = new LinkedHashMap<>();
		all.put("expects", answers.expects());
		all.put("contributes", answers.contributes());
		all.put("worries", answers.worries());
		all.forEach((field, value) -> {
			if (value != null && value.length() > MAX_LENGTH) {
				errors.put(field, "training.expectations.error.tooLong");
			}
		});
		if (training.isCancelled()) {
			errors.put("expects", "training.attendance.cancelled");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(training, user, 0, answers, errors, model);
		}
		this.expectations.save(id, user.id(), answers);
		redirect.addFlashAttribute("notice", "training.notice.expectations");
		return "redirect:/trainings/" + id + "/expectations";
	}

	private String page(Training training, CurrentUser user, int page, Expectation.Answers form,
			Map<String, String> errors, Model model) {
		Page<Expectation> visible = this.expectations.visibleTo(training.id(), user.id(),
				PageRequest.of(page, PAGE_SIZE));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("expectations", visible);
		model.addAttribute("authors",
				this.accounts.people(visible.getContent().stream().map(Expectation::userId).toList()));
		model.addAttribute("given", this.expectations.count(training.id()));
		model.addAttribute("invitedCount",
				this.trainings.invited(training.id(), PageRequest.of(0, 1)).getTotalElements());
		model.addAttribute("basePath", "/trainings/" + training.id() + "/expectations?");
		return "training/expectations";
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.replace("\r\n", "\n").strip();
	}

}
