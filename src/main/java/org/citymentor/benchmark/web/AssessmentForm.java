package org.citymentor.benchmark.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.citymentor.benchmark.Assessment;
import org.citymentor.benchmark.BenchmarkVersion;
import org.citymentor.benchmark.Factor;

/**
 * A self-assessment as typed: per key factor a score (1–5) and evidence, per context
 * factor whether it weighs on the city and a note. Everything typed comes back on a 422.
 */
public class AssessmentForm {

	static final int EVIDENCE_MAX = 5000;

	private Map<String, String> scores = new HashMap<>();

	private Map<String, String> evidence = new HashMap<>();

	private Map<String, String> weighs = new HashMap<>();

	private Map<String, String> notes = new HashMap<>();

	/** The draft's edit counter as shown; null for a new draft. */
	private Long version;

	private String action;

	static AssessmentForm of(Assessment draft) {
		AssessmentForm form = new AssessmentForm();
		draft.scores().forEach((key, score) -> {
			if (score.score() != null) {
				form.scores.put(String.valueOf(key), String.valueOf(score.score()));
			}
			if (score.evidence() != null) {
				form.evidence.put(String.valueOf(key), score.evidence());
			}
		});
		draft.context().forEach((key, answer) -> {
			if (answer.weighs() != null) {
				form.weighs.put(String.valueOf(key), answer.weighs() ? "yes" : "no");
			}
			if (answer.note() != null) {
				form.notes.put(String.valueOf(key), answer.note());
			}
		});
		form.version = draft.version();
		return form;
	}

	/** Submitting, rather than saving the draft. */
	boolean submitting() {
		return "submit".equals(this.action);
	}

	/**
	 * The answers for the version's factors; problems go to {@code errors} by the field's
	 * id. When submitting every key factor needs a score.
	 */
	Answers check(BenchmarkVersion version, Map<String, String> errors) {
		Map<Long, Assessment.Score> scored = new LinkedHashMap<>();
		Map<Long, Assessment.ContextAnswer> context = new LinkedHashMap<>();
		for (Factor factor : version.keyFactors()) {
			String key = String.valueOf(factor.key());
			String raw = this.scores.get(key);
			Integer score = null;
			if (raw != null && !raw.isBlank()) {
				try {
					score = Integer.valueOf(raw.strip());
				}
				catch (NumberFormatException ex) {
					score = null;
				}
				if (score == null || score < 1 || score > 5) {
					errors.put("score-" + key, "benchmark.error.scoreRange");
					score = null;
				}
			}
			else if (submitting()) {
				errors.put("score-" + key, "benchmark.error.scoreMissing");
			}
			String text = FactorForm.blankToNull(this.evidence.get(key));
			if (text != null && text.length() > EVIDENCE_MAX) {
				errors.put("evidence-" + key, "benchmark.error.evidenceLength");
			}
			if (score != null || text != null) {
				scored.put(factor.key(), new Assessment.Score(score, text));
			}
		}
		for (Factor factor : version.contextFactors()) {
			String key = String.valueOf(factor.key());
			String raw = this.weighs.get(key);
			Boolean weighs = null;
			if ("yes".equals(raw)) {
				weighs = true;
			}
			else if ("no".equals(raw)) {
				weighs = false;
			}
			else if (raw != null && !raw.isBlank()) {
				errors.put("weighs-" + key, "benchmark.error.weighs");
			}
			String note = FactorForm.blankToNull(this.notes.get(key));
			if (note != null && note.length() > EVIDENCE_MAX) {
				errors.put("note-" + key, "benchmark.error.evidenceLength");
			}
			if (weighs != null || note != null) {
				context.put(factor.key(), new Assessment.ContextAnswer(weighs, note));
			}
		}
		return new Answers(scored, context);
	}

	/** What the form holds, ready to store. */
	record Answers(Map<Long, Assessment.Score> scores, Map<Long, Assessment.ContextAnswer> context) {

	}

	public Map<String, String> getScores() {
		return this.scores;
	}

	public void setScores(Map<String, String> scores) {
		this.scores = scores;
	}

	public Map<String, String> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(Map<String, String> evidence) {
		this.evidence = evidence;
	}

	public Map<String, String> getWeighs() {
		return this.weighs;
	}

	public void setWeighs(Map<String, String> weighs) {
		this.weighs = weighs;
	}

	public Map<String, String> getNotes() {
		return this.notes;
	}

	public void setNotes(Map<String, String> notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

}
