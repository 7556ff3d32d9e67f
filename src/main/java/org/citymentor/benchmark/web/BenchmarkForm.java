package org.citymentor.benchmark.web;

import java.util.Map;
import java.util.Set;

import org.citymentor.benchmark.Benchmark;

/** The header of a benchmark as typed: title, theme and an introduction. */
public class BenchmarkForm {

	static final int TITLE_MAX = 300;

	static final int TEXT_MAX = 10000;

	private String title;

	private String themeId;

	private String introduction;

	private long version;

	static BenchmarkForm of(Benchmark benchmark) {
		BenchmarkForm form = new BenchmarkForm();
		form.title = benchmark.title();
		form.themeId = String.valueOf(benchmark.themeId());
		form.introduction = benchmark.introduction();
		form.version = benchmark.version();
		return form;
	}

	/** The theme chosen, or null with the problems in {@code errors}. */
	Long check(Set<Long> themes, Map<String, String> errors) {
		if (this.title == null || this.title.isBlank()) {
			errors.put("title", "benchmark.error.title");
		}
		else if (this.title.strip().length() > TITLE_MAX) {
			errors.put("title", "benchmark.error.titleLength");
		}
		Long theme = null;
		try {
			theme = (this.themeId != null) ? Long.valueOf(this.themeId) : null;
		}
		catch (NumberFormatException ex) {
			theme = null;
		}
		if (theme == null || !themes.contains(theme)) {
			errors.put("themeId", "benchmark.error.theme");
		}
		if (this.introduction != null && this.introduction.length() > TEXT_MAX) {
			errors.put("introduction", "benchmark.error.textLength");
		}
		return errors.isEmpty() ? theme : null;
	}

	String cleanTitle() {
		return this.title.strip();
	}

	String cleanIntroduction() {
		return FactorForm.blankToNull(this.introduction);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getThemeId() {
		return this.themeId;
	}

	public void setThemeId(String themeId) {
		this.themeId = themeId;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
