package org.citymentor.benchmark.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.access.Access;
import org.citymentor.benchmark.Benchmark;
import org.citymentor.benchmark.Benchmarks;
import org.citymentor.benchmark.Factor;
import org.citymentor.form.FormScope.Crumb;
import org.citymentor.goodpractice.GoodPracticeOption;
import org.citymentor.goodpractice.GoodPracticeQuery;
import org.citymentor.goodpractice.GoodPracticeViewer;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every benchmark page needs: who may see and edit, the programme's crumbs, themes
 * and the good practices a key factor can link to.
 */
@Component
class BenchmarkPages {

	private final Access access;

	private final Programmes programmes;

	private final Themes themes;

	private final Benchmarks benchmarks;

	private final GoodPractices goodPractices;

	private final MessageSource messages;

	BenchmarkPages(Access access, Programmes programmes, Themes themes, Benchmarks benchmarks,
			GoodPractices goodPractices, MessageSource messages) {
		this.messages = messages;
		this.access = access;
		this.programmes = programmes;
		this.themes = themes;
		this.benchmarks = benchmarks;
		this.goodPractices = goodPractices;
	}

	/** A page of the programme's benchmarks for a reader (404 for outsiders). */
	boolean programme(long programmeId, CurrentUser user, Model model) {
		this.access.requireViewProgramme(user, programmeId);
		boolean mayEdit = this.access.mayEditProgramme(user, programmeId);
		String name = this.programmes.details(programmeId).data().name();
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("programmeName", name);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("crumbs",
				List.of(new Crumb(name, "/programmes/" + programmeId),
						new Crumb(
								this.messages.getMessage("benchmark.list.title", null, LocaleContextHolder.getLocale()),
								"/programmes/" + programmeId + "/benchmarks")));
		model.addAttribute("themeLabels", themeLabels());
		return mayEdit;
	}

	/** A page that changes the programme's benchmarks: its coordinators and admins. */
	void edit(long programmeId, CurrentUser user, Model model) {
		this.access.requireEditProgramme(user, programmeId);
		programme(programmeId, user, model);
	}

	/**
	 * The benchmark for this person: its coordinators see it always, readers only once a
	 * version is published.
	 */
	Benchmark benchmark(long programmeId, long benchmarkId, CurrentUser user, Model model) {
		boolean mayEdit = programme(programmeId, user, model);
		Benchmark benchmark = this.benchmarks.require(programmeId, benchmarkId);
		if (!mayEdit && !benchmark.isPublished()) {
			throw new NotFoundException();
		}
		model.addAttribute("benchmark", benchmark);
		return benchmark;
	}

	Benchmark editBenchmark(long programmeId, long benchmarkId, CurrentUser user, Model model) {
		this.access.requireEditProgramme(user, programmeId);
		return benchmark(programmeId, benchmarkId, user, model);
	}

	Map<Long, String> themeLabels() {
		Locale locale = LocaleContextHolder.getLocale();
		return this.themes.options(locale)
			.stream()
			.collect(Collectors.toMap((o) -> Long.valueOf(o.value()), Option::label, (a, b) -> a, LinkedHashMap::new));
	}

	/** The themes a benchmark may be about: the programme's, or all when it has none. */
	List<Option> themeOptions(long programmeId) {
		Set<Long> own = this.programmes.details(programmeId).data().themeIds();
		return this.themes.options(LocaleContextHolder.getLocale())
			.stream()
			.filter((o) -> own.isEmpty() || own.contains(Long.valueOf(o.value())))
			.toList();
	}

	/**
	 * The published sheets a key factor can link to: those of the benchmark's theme, and
	 * those it links already.
	 */
	List<GoodPracticeOption> practiceOptions(long themeId, Collection<Long> linked) {
		Map<Long, GoodPracticeOption> options = new LinkedHashMap<>();
		this.goodPractices
			.search(new GoodPracticeQuery(null, themeId, null, null), new GoodPracticeViewer(false, null), 0)
			.forEach((hit) -> options.put(hit.id(), new GoodPracticeOption(hit.id(), hit.title(), hit.status())));
		this.goodPractices.summaries(linked)
			.stream()
			.filter(GoodPracticeOption::isPublished)
			.forEach((sheet) -> options.putIfAbsent(sheet.id(), sheet));
		return List.copyOf(options.values());
	}

	/** The published sheets the factors link to, by id (one query). */
	Map<Long, GoodPracticeOption> practiceLinks(Collection<Factor> factors) {
		Set<Long> ids = factors.stream().flatMap((f) -> f.practiceIds().stream()).collect(Collectors.toSet());
		return this.goodPractices.summaries(ids)
			.stream()
			.filter(GoodPracticeOption::isPublished)
			.collect(Collectors.toMap(GoodPracticeOption::id, (o) -> o));
	}

	/** The other programmes this person coordinates, to copy a benchmark into. */
	List<Option> copyTargets(long programmeId, CurrentUser user) {
		// one query for what the reader coordinates, not one per programme
		org.citymentor.access.ViewerAccess viewer = this.access.viewerAccess(user);
		List<Long> ids = this.access.visibleProgrammeIds(user)
			.stream()
			.filter((id) -> id != programmeId && viewer.coordinates(id))
			.toList();
		return this.programmes.summaries(ids)
			.stream()
			.map((p) -> new Option(String.valueOf(p.id()), p.name()))
			.toList();
	}

}
