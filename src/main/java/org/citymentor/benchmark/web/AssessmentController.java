package org.citymentor.benchmark.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.access.Access;
import org.citymentor.benchmark.Assessment;
import org.citymentor.benchmark.Benchmark;
import org.citymentor.benchmark.BenchmarkVersion;
import org.citymentor.benchmark.Benchmarks;
import org.citymentor.benchmark.Factor;
import org.citymentor.benchmark.SelfAssessments;
import org.citymentor.form.FormScope.Crumb;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.StaleEditException;
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

/**
 * A group's benchmark and its cities' self-assessments: which benchmark the group uses,
 * the draft a city fills, the result page with its chart, strengths, gaps and focus. The
 * city's people edit; the group reads submitted assessments, coordinators too, never
 * drafts (decisions.md 2); others get 404.
 */
@Controller
@RequestMapping("/groups/{groupId}")
class AssessmentController {

	private final Access access;

	private final Groups groups;

	private final Programmes programmes;

	private final Organisations organisations;

	private final Benchmarks benchmarks;

	private final SelfAssessments assessments;

	AssessmentController(Access access, Groups groups, Programmes programmes, Organisations organisations,
			Benchmarks benchmarks, SelfAssessments assessments) {
		this.access = access;
		this.groups = groups;
		this.programmes = programmes;
		this.organisations = organisations;
		this.benchmarks = benchmarks;
		this.assessments = assessments;
	}

	@GetMapping("/benchmark")
	String group(@PathVariable long groupId, @AuthenticationPrincipal CurrentUser user, Model model) {
		GroupDetails group = read(groupId, user, model);
		Optional<Benchmark> chosen = this.assessments.benchmarkOf(groupId).flatMap(this.benchmarks::find);
		model.addAttribute("chosen", chosen.orElse(null));
		model.addAttribute("latest", chosen.flatMap((b) -> this.benchmarks.latestVersion(b.id())).orElse(null));
		model.addAttribute("mayChoose", mayChoose(user, groupId));
		model.addAttribute("options", options(group));
		List<GroupDetails.Participant> cities = cities(group);
		model.addAttribute("cities", cities);
		model.addAttribute("standings", this.assessments.standings(List.of(groupId)));
		model.addAttribute("editable",
				cities.stream()
					.filter((p) -> this.access.mayEditParticipant(user, groupId, p.id()))
					.map(GroupDetails.Participant::id)
					.collect(Collectors.toSet()));
		return "benchmark/group";
	}

	@PostMapping("/benchmark")
	String choose(@PathVariable long groupId, @RequestParam(required = false) String benchmarkId,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		GroupDetails group = read(groupId, user, model);
		if (!mayChoose(user, groupId)) {
			throw new ForbiddenException();
		}
		Optional<Benchmark> choice = options(group).stream()
			.filter((b) -> String.valueOf(b.id()).equals(benchmarkId))
			.findFirst();
		if (choice.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("chooseError", "benchmark.error.choose");
			return group(groupId, user, model);
		}
		this.assessments.chooseBenchmark(groupId, choice.get().id(), user.id());
		redirect.addFlashAttribute("notice", "benchmark.notice.chosen");
		return "redirect:/groups/" + groupId + "/benchmark";
	}

	@GetMapping("/participants/{participantId}/self-assessment")
	String result(@PathVariable long groupId, @PathVariable long participantId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		GroupDetails.Participant participant = participant(groupId, participantId, user, model);
		boolean mayEdit = this.access.mayEditParticipant(user, groupId, participantId);
		List<Assessment> submitted = this.assessments.submitted(participantId);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("participant", participant);
		model.addAttribute("submitted", submitted);
		model.addAttribute("draft", mayEdit ? this.assessments.draft(participantId).orElse(null) : null);
		model.addAttribute("hasBenchmark", this.assessments.benchmarkOf(groupId).isPresent());
		if (!submitted.isEmpty()) {
			Assessment latest = submitted.get(submitted.size() - 1);
			BenchmarkVersion version = this.benchmarks.version(latest.versionId());
			List<Factor> keys = version.keyFactors();
			model.addAttribute("latest", latest);
			model.addAttribute("version", version);
			model.addAttribute("chart", ScoreChart.of(keys, submitted));
			model.addAttribute("strengths",
					keys.stream()
						.filter((f) -> latest.scoreOf(f.key()) != null && latest.scoreOf(f.key()) >= 4)
						.toList());
			model.addAttribute("gaps",
					keys.stream()
						.filter((f) -> latest.scoreOf(f.key()) != null && latest.scoreOf(f.key()) <= 2)
						.toList());
			model.addAttribute("focus", this.assessments.focus(participantId));
		}
		return "benchmark/result";
	}

	@GetMapping("/participants/{participantId}/self-assessment/edit")
	String edit(@PathVariable long groupId, @PathVariable long participantId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		participant(groupId, participantId, user, model);
		this.access.requireEditParticipant(user, groupId, participantId);
		Optional<Assessment> draft = this.assessments.draft(participantId);
		BenchmarkVersion version = draft.map((d) -> this.benchmarks.version(d.versionId()))
			.orElseGet(() -> currentVersion(groupId));
		AssessmentForm form = draft.map(AssessmentForm::of).orElseGet(() -> startFrom(participantId, version));
		return form(version, form, Map.of(), model);
	}

	@PostMapping("/participants/{participantId}/self-assessment/edit")
	String save(@PathVariable long groupId, @PathVariable long participantId,
			@ModelAttribute("form") AssessmentForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		participant(groupId, participantId, user, model);
		this.access.requireEditParticipant(user, groupId, participantId);
		Optional<Assessment> draft = this.assessments.draft(participantId);
		BenchmarkVersion version = draft.map((d) -> this.benchmarks.version(d.versionId()))
			.orElseGet(() -> currentVersion(groupId));
		Map<String, String> errors = new LinkedHashMap<>();
		AssessmentForm.Answers answers = form.check(version, errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(version, form, errors, model);
		}
		try {
			this.assessments.saveDraft(groupId, participantId, version.id(), form.getVersion(), answers.scores(),
					answers.context(), user.id());
			if (form.submitting()) {
				long seen = this.assessments.draft(participantId).orElseThrow().version();
				this.assessments.submit(participantId, seen, this.assessments.today(), user.id());
				redirect.addFlashAttribute("notice", "benchmark.notice.submitted");
				return "redirect:" + resultPath(groupId, participantId) + "#focus";
			}
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			form.setVersion(this.assessments.draft(participantId).map(Assessment::version).orElse(null));
			return form(version, form, Map.of(), model);
		}
		redirect.addFlashAttribute("notice", "benchmark.notice.draftSaved");
		return "redirect:/groups/" + groupId + "/participants/" + participantId + "/self-assessment/edit";
	}

	@PostMapping("/participants/{participantId}/self-assessment/focus")
	String focus(@PathVariable long groupId, @PathVariable long participantId,
			@RequestParam(name = "factorKeys", required = false) List<String> factorKeys,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		participant(groupId, participantId, user, model);
		this.access.requireEditParticipant(user, groupId, participantId);
		List<Assessment> submitted = this.assessments.submitted(participantId);
		if (submitted.isEmpty()) {
			throw new NotFoundException();
		}
		BenchmarkVersion version = this.benchmarks.version(submitted.get(submitted.size() - 1).versionId());
		Set<String> chosen = Set.copyOf((factorKeys != null) ? factorKeys : List.of());
		List<Long> keys = version.keyFactors()
			.stream()
			.map(Factor::key)
			.filter((k) -> chosen.contains(String.valueOf(k)))
			.toList();
		this.assessments.chooseFocus(participantId, version.id(), keys, user.id());
		redirect.addFlashAttribute("notice", "benchmark.notice.focusSaved");
		return "redirect:" + resultPath(groupId, participantId) + "#focus";
	}

	/**
	 * A new draft starts from the latest submitted answers, so a re-assessment only
	 * changes what changed.
	 */
	private AssessmentForm startFrom(long participantId, BenchmarkVersion version) {
		List<Assessment> submitted = this.assessments.submitted(participantId);
		if (submitted.isEmpty()) {
			return new AssessmentForm();
		}
		AssessmentForm form = AssessmentForm.of(submitted.get(submitted.size() - 1));
		Set<String> keys = version.factors().stream().map((f) -> String.valueOf(f.key())).collect(Collectors.toSet());
		form.getScores().keySet().retainAll(keys);
		form.getEvidence().keySet().retainAll(keys);
		form.getWeighs().keySet().retainAll(keys);
		form.getNotes().keySet().retainAll(keys);
		form.setVersion(null);
		return form;
	}

	private BenchmarkVersion currentVersion(long groupId) {
		return this.assessments.benchmarkOf(groupId)
			.flatMap(this.benchmarks::latestVersion)
			.orElseThrow(NotFoundException::new);
	}

	private String form(BenchmarkVersion version, AssessmentForm form, Map<String, String> errors, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		return "benchmark/assessment-form";
	}

	/** The group for a reader (404 for outsiders), with the common model. */
	private GroupDetails read(long groupId, CurrentUser user, Model model) {
		this.access.requireViewGroup(user, groupId);
		GroupDetails group = this.groups.details(groupId);
		String programme = this.programmes.details(group.programmeId()).data().name();
		Map<Long, String> names = this.organisations
			.summaries(group.participants().stream().map(GroupDetails.Participant::organisationId).toList())
			.values()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
		model.addAttribute("group", group);
		model.addAttribute("organisationNames", names);
		List<Crumb> crumbs = new ArrayList<>(List.of(new Crumb(programme, "/programmes/" + group.programmeId()),
				new Crumb(group.data().title(), "/groups/" + groupId)));
		model.addAttribute("crumbs", crumbs);
		return group;
	}

	/** A city of the group (404 for another group's or a facilitator). */
	private GroupDetails.Participant participant(long groupId, long participantId, CurrentUser user, Model model) {
		GroupDetails group = read(groupId, user, model);
		GroupDetails.Participant participant = cities(group).stream()
			.filter((p) -> p.id() == participantId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		model.addAttribute("participant", participant);
		return participant;
	}

	/**
	 * The cities that may assess themselves: mentee cities, and mentor cities if they
	 * wish.
	 */
	private static List<GroupDetails.Participant> cities(GroupDetails group) {
		return group.participants().stream().filter((p) -> p.role() == ParticipantRole.CITY).toList();
	}

	/**
	 * The programme's published benchmarks, those of the group's themes when it has any.
	 */
	private List<Benchmark> options(GroupDetails group) {
		List<Benchmark> published = this.benchmarks.publishedOf(group.programmeId());
		Set<Long> themes = group.data().themeIds();
		List<Benchmark> ofTheme = published.stream().filter((b) -> themes.contains(b.themeId())).toList();
		return (themes.isEmpty() || ofTheme.isEmpty()) ? published : ofTheme;
	}

	/** The programme's coordinators, admins and the group's members choose. */
	private boolean mayChoose(CurrentUser user, long groupId) {
		return this.access.mayManageGroup(user, groupId) || this.access.isGroupMember(user, groupId);
	}

	private static String resultPath(long groupId, long participantId) {
		return "/groups/" + groupId + "/participants/" + participantId + "/self-assessment";
	}

}
