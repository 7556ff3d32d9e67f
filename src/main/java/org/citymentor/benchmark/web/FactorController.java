package org.citymentor.benchmark.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.benchmark.Benchmark;
import org.citymentor.benchmark.Benchmarks;
import org.citymentor.benchmark.Factor;
import org.citymentor.benchmark.FactorData;
import org.citymentor.benchmark.FactorKind;
import org.citymentor.goodpractice.GoodPracticeOption;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;

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
 * The factors of a benchmark's draft: added, changed (each with its own edit counter),
 * moved up or down and removed after a confirmation, by the programme's coordinators.
 */
@Controller
@RequestMapping("/programmes/{programmeId}/benchmarks/{benchmarkId}/factors")
class FactorController {

	private final BenchmarkPages pages;

	private final Benchmarks benchmarks;

	FactorController(BenchmarkPages pages, Benchmarks benchmarks) {
		this.pages = pages;
		this.benchmarks = benchmarks;
	}

	@GetMapping("/new")
	String newFactor(@PathVariable long programmeId, @PathVariable long benchmarkId,
			@RequestParam(defaultValue = "KEY") String kind, @AuthenticationPrincipal CurrentUser user, Model model) {
		Benchmark benchmark = this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		FactorForm form = new FactorForm();
		form.setKind(FactorKind.CONTEXT.name().equals(kind) ? kind : FactorKind.KEY.name());
		return form(benchmark, null, form, Map.of(), model);
	}

	@PostMapping
	String add(@PathVariable long programmeId, @PathVariable long benchmarkId, @ModelAttribute("form") FactorForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Benchmark benchmark = this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		Map<String, String> errors = new LinkedHashMap<>();
		FactorData data = form.check(linkable(benchmark, form.getPracticeIds()), errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(benchmark, null, form, errors, model);
		}
		long id = this.benchmarks.addFactor(benchmarkId, data);
		redirect.addFlashAttribute("notice", "benchmark.notice.factorAdded");
		return "redirect:" + BenchmarkController.path(programmeId, benchmarkId) + "#factor-" + id;
	}

	@GetMapping("/{factorId}/edit")
	String edit(@PathVariable long programmeId, @PathVariable long benchmarkId, @PathVariable long factorId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Benchmark benchmark = this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		Factor factor = this.benchmarks.requireFactor(benchmarkId, factorId);
		return form(benchmark, factor, FactorForm.of(factor), Map.of(), model);
	}

	@PostMapping("/{factorId}/edit")
	String update(@PathVariable long programmeId, @PathVariable long benchmarkId, @PathVariable long factorId,
			@ModelAttribute("form") FactorForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Benchmark benchmark = this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		Factor factor = this.benchmarks.requireFactor(benchmarkId, factorId);
		form.setKind(factor.kind().name());
		Map<String, String> errors = new LinkedHashMap<>();
		FactorData data = form.check(linkable(benchmark, form.getPracticeIds()), errors);
		if (data == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(benchmark, factor, form, errors, model);
		}
		try {
			this.benchmarks.updateFactor(benchmarkId, factorId, form.getVersion(), data);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Factor stored = this.benchmarks.requireFactor(benchmarkId, factorId);
			model.addAttribute("theirs", stored);
			form.setVersion(stored.version());
			return form(benchmark, stored, form, Map.of(), model);
		}
		redirect.addFlashAttribute("notice", "benchmark.notice.factorSaved");
		return "redirect:" + BenchmarkController.path(programmeId, benchmarkId) + "#factor-" + factorId;
	}

	@PostMapping("/{factorId}/move")
	String move(@PathVariable long programmeId, @PathVariable long benchmarkId, @PathVariable long factorId,
			@RequestParam(defaultValue = "down") String direction, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		this.benchmarks.moveFactor(benchmarkId, factorId, "up".equals(direction));
		return "redirect:" + BenchmarkController.path(programmeId, benchmarkId) + "#factor-" + factorId;
	}

	@GetMapping("/{factorId}/remove")
	String confirmRemove(@PathVariable long programmeId, @PathVariable long benchmarkId, @PathVariable long factorId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		model.addAttribute("factor", this.benchmarks.requireFactor(benchmarkId, factorId));
		return "benchmark/remove-factor";
	}

	@PostMapping("/{factorId}/remove")
	String remove(@PathVariable long programmeId, @PathVariable long benchmarkId, @PathVariable long factorId,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.pages.editBenchmark(programmeId, benchmarkId, user, model);
		this.benchmarks.removeFactor(benchmarkId, factorId);
		redirect.addFlashAttribute("notice", "benchmark.notice.factorRemoved");
		return "redirect:" + BenchmarkController.path(programmeId, benchmarkId);
	}

	private Set<Long> linkable(Benchmark benchmark, List<Long> chosen) {
		return this.pages.practiceOptions(benchmark.themeId(), (chosen != null) ? chosen : List.of())
			.stream()
			.map(GoodPracticeOption::id)
			.collect(Collectors.toSet());
	}

	private String form(Benchmark benchmark, Factor factor, FactorForm form, Map<String, String> errors, Model model) {
		model.addAttribute("factor", factor);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("practices", this.pages.practiceOptions(benchmark.themeId(),
				(form.getPracticeIds() != null) ? form.getPracticeIds() : List.of()));
		return "benchmark/factor-form";
	}

}
