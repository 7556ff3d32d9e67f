package org.citymentor.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citymentor.benchmark.BeforeAndAfter;
import org.citymentor.evaluation.Closings;
import org.citymentor.evaluation.Evaluation;
import org.citymentor.evaluation.EvaluationInput;
import org.citymentor.evaluation.EvaluationSide;
import org.citymentor.evaluation.Evaluations;
import org.citymentor.evaluation.Lessons;
import org.citymentor.evaluation.PlanActionsToTick;
import org.citymentor.evaluation.PulseSurveys;
import org.citymentor.group.GroupDetails;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The evaluation page of a group and each side's questionnaire. An organisation's people
 * fill its questionnaire; once submitted, everyone who sees the group reads it; a draft
 * stays with its organisation (decisions.md 2).
 */
@Controller
public class EvaluationController {

	private final EvaluationPages pages;

	private final Evaluations evaluations;

	private final Closings closings;

	private final Lessons lessons;

	private final PulseSurveys surveys;

	private final PlanActionsToTick planActions;

	private final Themes themes;

	private final BeforeAndAfter beforeAndAfter;

	EvaluationController(EvaluationPages pages, Evaluations evaluations, Closings closings, Lessons lessons,
			PulseSurveys surveys, PlanActionsToTick planActions, Themes themes, BeforeAndAfter beforeAndAfter) {
		this.beforeAndAfter = beforeAndAfter;
		this.pages = pages;
		this.evaluations = evaluations;
		this.closings = closings;
		this.lessons = lessons;
		this.surveys = surveys;
		this.planActions = planActions;
		this.themes = themes;
	}

	@GetMapping("/groups/{groupId}/evaluation")
	String overview(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		EvaluationPages.Context context = this.pages.read(groupId, user);
		this.pages.common(context, locale, model);
		List<Evaluation> all = this.evaluations.ofGroup(groupId);
		List<Row> rows = new ArrayList<>();
		for (GroupDetails.Participant participant : context.evaluating()) {
			for (EvaluationSide side : sides(participant)) {
				Evaluation evaluation = all.stream()
					.filter((e) -> e.participantId() == participant.id() && e.side() == side)
					.findFirst()
					.orElse(null);
				boolean own = context.ownParticipantId() != null && context.ownParticipantId() == participant.id();
				rows.add(new Row(participant.id(), context.name(participant.id()), side, evaluation, own,
						context.base() + "/participants/" + participant.id() + "/" + side.path()));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("closing", this.closings.of(groupId).orElse(null));
		model.addAttribute("beforeAfter", this.beforeAndAfter.of(groupId));
		boolean member = context.member();
		List<Lessons.Lesson> shown = this.lessons.ofGroup(groupId)
			.stream()
			.filter((l) -> member || (context.mayManage() && l.consent()))
			.toList();
		model.addAttribute("lessons", shown);
		model.addAttribute("lessonOrganisations", shown.stream()
			.collect(java.util.stream.Collectors.toMap(Lessons.Lesson::id, (l) -> context.name(l.participantId()))));
		model.addAttribute("themeLabels", this.themes.labels(
				shown.stream().flatMap((l) -> l.themeIds().stream()).collect(java.util.stream.Collectors.toSet()),
				locale));
		model.addAttribute("surveys", this.surveys.ofGroup(groupId));
		model.addAttribute("minAnswers", PulseSurveys.MIN_ANSWERS);
		return "evaluation/overview";
	}

	@GetMapping("/groups/{groupId}/evaluation/participants/{participantId}/{side}")
	String questionnaire(@PathVariable long groupId, @PathVariable long participantId, @PathVariable String side,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Target target = target(groupId, participantId, side, user);
		Evaluation evaluation = this.evaluations.find(groupId, participantId, target.side()).orElse(null);
		if (evaluation != null && evaluation.submitted()) {
			return view(target, evaluation, locale, model);
		}
		if (!target.own()) {
			throw new ForbiddenException();
		}
		return form(target, EvaluationForm.from(evaluation), (evaluation != null) ? evaluation.version() : -1, null,
				locale, model);
	}

	@PostMapping("/groups/{groupId}/evaluation/participants/{participantId}/{side}")
	String save(@PathVariable long groupId, @PathVariable long participantId, @PathVariable String side,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Target target = target(groupId, participantId, side, user);
		if (!target.own()) {
			throw new ForbiddenException();
		}
		Optional<Evaluation> stored = this.evaluations.find(groupId, participantId, target.side());
		if (stored.isPresent() && stored.get().submitted()) {
			redirect.addFlashAttribute("notice", "evaluation.notice.alreadySubmitted");
			return "redirect:" + target.path();
		}
		boolean submit = params.containsKey("submit");
		EvaluationForm form = EvaluationForm.read(params);
		List<Evaluation.ImplementedAction> offered = offered(target);
		EvaluationInput input = form.validate(target.side(), offered, submit);
		if (input == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(target, form, version, null, locale, model);
		}
		List<Evaluation.ImplementedAction> ticked = offered.stream()
			.filter((a) -> input.implementedActions().contains(a.key()))
			.toList();
		try {
			this.evaluations.save(groupId, participantId, target.side(), version, input, ticked, user.displayName(),
					submit);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Evaluation theirs = this.evaluations.find(groupId, participantId, target.side()).orElse(null);
			if (theirs != null && theirs.submitted()) {
				redirect.addFlashAttribute("notice", "evaluation.notice.alreadySubmitted");
				response.setStatus(HttpStatus.FOUND.value());
				return "redirect:" + target.path();
			}
			return form(target, form, (theirs != null) ? theirs.version() : -1, theirs, locale, model);
		}
		redirect.addFlashAttribute("notice", submit ? "evaluation.notice.submitted" : "evaluation.notice.saved");
		return "redirect:" + (submit ? target.context().base() : target.path());
	}

	private String form(Target target, EvaluationForm form, long version, Evaluation theirs, Locale locale,
			Model model) {
		common(target, locale, model);
		model.addAttribute("form", form);
		model.addAttribute("errors", form.errors);
		model.addAttribute("version", version);
		model.addAttribute("theirs", theirs);
		model.addAttribute("offered", offered(target));
		return "evaluation/form";
	}

	private String view(Target target, Evaluation evaluation, Locale locale, Model model) {
		common(target, locale, model);
		model.addAttribute("evaluation", evaluation);
		return "evaluation/view";
	}

	private void common(Target target, Locale locale, Model model) {
		this.pages.common(target.context(), locale, model);
		model.addAttribute("side", target.side());
		model.addAttribute("organisationName", target.context().name(target.participant().id()));
		model.addAttribute("path", target.path());
		java.util.Map<EvaluationInput.Scale, String> scaleFields = new java.util.LinkedHashMap<>();
		for (EvaluationInput.Scale scale : EvaluationInput.Scale.values()) {
			scaleFields.put(scale, EvaluationForm.scaleField(scale));
		}
		model.addAttribute("scaleFields", scaleFields);
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		model.addAttribute("menteeTexts", EvaluationForm.MENTEE_TEXTS);
		model.addAttribute("mentorTexts", EvaluationForm.MENTOR_TEXTS);
		model.addAttribute("answers", EvaluationForm.ANSWERS);
	}

	private List<Evaluation.ImplementedAction> offered(Target target) {
		return (target.side() == EvaluationSide.MENTEE)
				? this.planActions.of(target.context().group().id(), target.participant().id()) : List.of();
	}

	/**
	 * The questionnaire addressed: 404 for outsiders, for a participant of another group,
	 * a facilitator or a side the participant is not on.
	 */
	private Target target(long groupId, long participantId, String sidePath, CurrentUser user) {
		EvaluationPages.Context context = this.pages.read(groupId, user);
		EvaluationSide side = EvaluationSide.fromPath(sidePath).orElseThrow(NotFoundException::new);
		GroupDetails.Participant participant = context.evaluating()
			.stream()
			.filter((p) -> p.id() == participantId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (!sides(participant).contains(side)) {
			throw new NotFoundException();
		}
		boolean own = context.ownParticipantId() != null && context.ownParticipantId() == participantId;
		return new Target(context, participant, side, own,
				context.base() + "/participants/" + participantId + "/" + side.path());
	}

	private static List<EvaluationSide> sides(GroupDetails.Participant participant) {
		List<EvaluationSide> sides = new ArrayList<>();
		if (participant.isMentee()) {
			sides.add(EvaluationSide.MENTEE);
		}
		if (participant.isMentor()) {
			sides.add(EvaluationSide.MENTOR);
		}
		return sides;
	}

	/** A questionnaire addressed by its URL. */
	record Target(EvaluationPages.Context context, GroupDetails.Participant participant, EvaluationSide side,
			boolean own, String path) {
	}

	/** One organisation and side on the evaluation page. */
	public record Row(long participantId, String organisation, EvaluationSide side, Evaluation evaluation, boolean own,
			String path) {

		public boolean submitted() {
			return this.evaluation != null && this.evaluation.submitted();
		}

		public boolean draft() {
			return this.evaluation != null && !this.evaluation.submitted();
		}

	}

}
