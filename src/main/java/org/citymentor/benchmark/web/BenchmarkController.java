package org.citymentor.benchmark.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.benchmark.Benchmark;
import org.citymentor.benchmark.BenchmarkVersion;
import org.citymentor.benchmark.Benchmarks;
import org.citymentor.benchmark.Factor;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

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
 * A programme's benchmarks: the list, a benchmark's page (its draft for coordinators, its
 * latest version for the programme's groups), its header, publishing, versions and
 * copying into another programme.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/benchmarks")
class BenchmarkController {

	private final BenchmarkPages pages;

	private final Benchmarks benchmarks;

	BenchmarkController(BenchmarkPages pages, Benchmarks benchmarks) {
		this.pages = pages;
		this.benchmarks = benchmarks;
	}

	@GetMapping
	String list(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean mayEdit = this.pages.programme(programmeId, user, model);
		model.addAttribute("page", this.benchmarks.ofProgramme(programmeId, !mayEdit, Math.max(page, 0)));
		return "benchmark/list";
	}

	@GetMapping("/new")
	String newBenchmark(@PathVariable long programmeId, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.edit(programmeId, user, model);
		return header(programmeId, null, new BenchmarkForm(), Map.of(), model);
	}

	@PostMapping
	String create(@PathVariable long programmeId, @ModelAttribute("form") BenchmarkForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.pages.edit(programmeId, user, model);
		Map<String, String> errors = new LinkedHashMap<>();
		Long theme = form.check(themeIds(programmeId), errors);
		if (theme == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return header(programmeId, null, form, errors, model);
		}
		long id = this.benchmarks.create(programmeId, theme, form.cleanTitle(), form.cleanIntroduction(), user.id());
		redirect.addFlashAttribute("notice", "benchmark.notice.created");
		return "redirect:" + path(programmeId, id);
	}

	@GetMapping("/{benchmarkId}")
	String show(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Benchmark benchmark = this.pages.benchmark(programmeId, benchmarkId, user, model);
		boolean mayEdit = (boolean) model.getAttribute("mayEdit");
		if (mayEdit) {
			List<Factor> factors = this.benchmarks.draftFactors(benchmarkId);
			model.addAttribute("factors", factors);
			model.addAttribute("links", this.pages.practiceLinks(factors));
			model.addAttribute("shown", null);
			model.addAttribute("copyTargets", this.pages.copyTargets(programmeId, user));
			return "benchmark/show";
		}
		BenchmarkVersion latest = this.benchmarks.latestVersion(benchmarkId).orElseThrow(NotFoundException::new);
		return version(latest, model);
	}

	@GetMapping("/{benchmarkId}/edit")
	String edit(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Benchmark benchmark = this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		return header(programmeId, benchmark, BenchmarkForm.of(benchmark), Map.of(), model);
	}

	@PostMapping("/{benchmarkId}/edit")
	String update(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@ModelAttribute("form") BenchmarkForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Benchmark benchmark = this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		Map<String, String> errors = new LinkedHashMap<>();
		Long theme = form.check(themeIds(programmeId), errors);
		if (theme == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return header(programmeId, benchmark, form, errors, model);
		}
		try {
			this.benchmarks.updateHeader(benchmarkId, form.getVersion(), theme, form.cleanTitle(),
					form.cleanIntroduction());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Benchmark stored = this.benchmarks.require(programmeId, benchmarkId);
			model.addAttribute("theirs", stored.title());
			form.setVersion(stored.version());
			return header(programmeId, stored, form, Map.of(), model);
		}
		redirect.addFlashAttribute("notice", "benchmark.notice.saved");
		return "redirect:" + path(programmeId, benchmarkId);
	}

	@PostMapping("/{benchmarkId}/publish")
	String publish(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		Optional<Integer> number = this.benchmarks.publish(benchmarkId, user.id());
		redirect.addFlashAttribute("notice",
				number.isPresent() ? "benchmark.notice.published" : "benchmark.notice.nothingToPublish");
		return "redirect:" + path(programmeId, benchmarkId);
	}

	@GetMapping("/{benchmarkId}/versions")
	String versions(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.benchmark(programmeId, benchmarkId, user, model);
		model.addAttribute("versions", this.benchmarks.versions(benchmarkId));
		return "benchmark/versions";
	}

	@GetMapping("/{benchmarkId}/versions/{number}")
	String version(@PathVariable long programmeId, @PathVariable long benchmarkId, @PathVariable int number,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.benchmark(programmeId, benchmarkId, user, model);
		return version(this.benchmarks.version(benchmarkId, number).orElseThrow(NotFoundException::new), model);
	}

	@GetMapping("/{benchmarkId}/copy")
	String copyPage(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		return copyForm(programmeId, user, null, model);
	}

	@PostMapping("/{benchmarkId}/copy")
	String copy(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@RequestParam(required = false) String targetProgrammeId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		List<Option> targets = this.pages.copyTargets(programmeId, user);
		Optional<Option> target = targets.stream().filter((o) -> o.value().equals(targetProgrammeId)).findFirst();
		if (target.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return copyForm(programmeId, user, "benchmark.error.copyTarget", model);
		}
		long target_ = Long.parseLong(target.get().value());
		long copy = this.benchmarks.copy(benchmarkId, target_, user.id());
		redirect.addFlashAttribute("notice", "benchmark.notice.copied");
		return "redirect:" + path(target_, copy);
	}

	private String copyForm(long programmeId, CurrentUser user, String error, Model model) {
		model.addAttribute("targets", this.pages.copyTargets(programmeId, user));
		model.addAttribute("error", error);
		return "benchmark/copy";
	}

	private String version(BenchmarkVersion version, Model model) {
		model.addAttribute("shown", version);
		model.addAttribute("factors", version.factors());
		model.addAttribute("links", this.pages.practiceLinks(version.factors()));
		return "benchmark/show";
	}

	private String header(long programmeId, Benchmark benchmark, BenchmarkForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("benchmark", benchmark);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("themes", this.pages.themeOptions(programmeId));
		return "benchmark/form";
	}

	private Set<Long> themeIds(long programmeId) {
		return this.pages.themeOptions(programmeId)
			.stream()
			.map((o) -> Long.valueOf(o.value()))
			.collect(Collectors.toSet());
	}

	static String path(long programmeId, long benchmarkId) {
		return "/programmes/" + programmeId + "/benchmarks/" + benchmarkId;
	}

}
