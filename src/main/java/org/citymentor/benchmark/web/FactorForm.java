package org.citymentor.benchmark.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.benchmark.Factor;
import org.citymentor.benchmark.FactorData;
import org.citymentor.benchmark.FactorKind;

/**
 * A factor as typed. A key factor has a rationale, guiding questions (one a line), tips
 * and linked good practices; a context factor has an explanation (kept as its rationale).
 */
public class FactorForm {

	private String kind = FactorKind.KEY.name();

	private String title;

	private String rationale;

	private String questions;

	private String tips;

	private List<Long> practiceIds = new ArrayList<>();

	private long version;

	static FactorForm of(Factor factor) {
		FactorForm form = new FactorForm();
		form.kind = factor.kind().name();
		form.title = factor.title();
		form.rationale = factor.rationale();
		form.questions = factor.questions();
		form.tips = factor.tips();
		form.practiceIds = new ArrayList<>(factor.practiceIds());
		form.version = factor.version();
		return form;
	}

	FactorKind kindOrKey() {
		return FactorKind.CONTEXT.name().equals(this.kind) ? FactorKind.CONTEXT : FactorKind.KEY;
	}

	/**
	 * The factor, or null with the problems in {@code errors}. {@code practices}: the
	 * sheets that may be linked.
	 */
	FactorData check(Set<Long> practices, Map<String, String> errors) {
		FactorKind kind = kindOrKey();
		if (this.title == null || this.title.isBlank()) {
			errors.put("title", "benchmark.error.factorTitle");
		}
		else if (this.title.strip().length() > BenchmarkForm.TITLE_MAX) {
			errors.put("title", "benchmark.error.titleLength");
		}
		for (String field : List.of("rationale", "questions", "tips")) {
			String value = switch (field) {
				case "rationale" -> this.rationale;
				case "questions" -> this.questions;
				default -> this.tips;
			};
			if (value != null && value.length() > BenchmarkForm.TEXT_MAX) {
				errors.put(field, "benchmark.error.textLength");
			}
		}
		List<Long> linked = (this.practiceIds != null) ? this.practiceIds : List.of();
		if (!practices.containsAll(linked)) {
			errors.put("practiceIds", "benchmark.error.practice");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		boolean key = kind == FactorKind.KEY;
		return new FactorData(kind, this.title.strip(), blankToNull(this.rationale),
				key ? blankToNull(this.questions) : null, key ? blankToNull(this.tips) : null,
				key ? linked.stream().distinct().toList() : List.of());
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public String getQuestions() {
		return this.questions;
	}

	public void setQuestions(String questions) {
		this.questions = questions;
	}

	public String getTips() {
		return this.tips;
	}

	public void setTips(String tips) {
		this.tips = tips;
	}

	public List<Long> getPracticeIds() {
		return this.practiceIds;
	}

	public void setPracticeIds(List<Long> practiceIds) {
		this.practiceIds = practiceIds;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
