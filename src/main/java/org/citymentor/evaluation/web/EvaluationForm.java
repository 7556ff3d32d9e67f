package org.citymentor.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citymentor.evaluation.Evaluation;
import org.citymentor.evaluation.EvaluationInput;
import org.citymentor.evaluation.EvaluationSide;

import org.springframework.util.MultiValueMap;

/**
 * An evaluation as typed: every value kept as text so that a refused form shows exactly
 * what was typed. A draft may be incomplete; submitting needs the main answers.
 */
public final class EvaluationForm {

	static final int MAX_TEXT = 10_000;

	static final List<String> MENTEE_TEXTS = List.of("policyChanges", "helped", "hindered", "mentorRole");

	static final List<String> MENTOR_TEXTS = List.of("learned", "changedItself");

	static final List<String> ANSWERS = List.of("YES", "MAYBE", "NO");

	final Map<String, String> values = new LinkedHashMap<>();

	final List<String> actions = new ArrayList<>();

	final Map<String, String> errors = new LinkedHashMap<>();

	private EvaluationForm() {
	}

	static EvaluationForm from(Evaluation evaluation) {
		EvaluationForm form = new EvaluationForm();
		if (evaluation == null) {
			return form;
		}
		EvaluationInput in = evaluation.input();
		form.put("policyChanges", in.policyChanges());
		form.put("helped", in.helped());
		form.put("hindered", in.hindered());
		form.put("mentorRole", in.mentorRole());
		form.put("otherActions", in.otherActions());
		form.put("learned", in.learned());
		form.put("changedItself", in.changedItself());
		form.put("timeAmount", (in.timeAmount() != null) ? in.timeAmount().stripTrailingZeros().toPlainString() : null);
		form.put("timeUnit", (in.timeUnit() != null) ? in.timeUnit().name() : null);
		form.put("mentorAgain", in.mentorAgain());
		form.put("comments", in.comments());
		in.scores().forEach((scale, score) -> form.put(scaleField(scale), String.valueOf(score)));
		evaluation.actions().forEach((a) -> form.actions.add(a.key().toString()));
		return form;
	}

	static EvaluationForm read(MultiValueMap<String, String> params) {
		EvaluationForm form = new EvaluationForm();
		for (String field : List.of("policyChanges", "helped", "hindered", "mentorRole", "otherActions", "learned",
				"changedItself", "timeAmount", "timeUnit", "mentorAgain", "comments")) {
			form.put(field, params.getFirst(field));
		}
		for (EvaluationInput.Scale scale : EvaluationInput.Scale.values()) {
			form.put(scaleField(scale), params.getFirst(scaleField(scale)));
		}
		List<String> ticked = params.get("actions");
		if (ticked != null) {
			form.actions.addAll(ticked);
		}
		return form;
	}

	static String scaleField(EvaluationInput.Scale scale) {
		return "score" + scale.name().charAt(0) + scale.name().substring(1).toLowerCase(java.util.Locale.ROOT);
	}

	public List<String> getActions() {
		return this.actions;
	}

	public String get(String field) {
		return this.values.getOrDefault(field, "");
	}

	/**
	 * Checks the form: formats always, the main answers when submitting. Errors are
	 * message keys by field.
	 * @return the input, or null when something is wrong
	 */
	EvaluationInput validate(EvaluationSide side, List<Evaluation.ImplementedAction> offered, boolean submit) {
		List<String> texts = new ArrayList<>(List.of("otherActions", "comments"));
		texts.addAll((side == EvaluationSide.MENTEE) ? MENTEE_TEXTS : MENTOR_TEXTS);
		for (String field : texts) {
			if (get(field).length() > MAX_TEXT) {
				this.errors.put(field, "evaluation.error.tooLong");
			}
		}
		Map<EvaluationInput.Scale, Integer> scores = new EnumMap<>(EvaluationInput.Scale.class);
		for (EvaluationInput.Scale scale : EvaluationInput.Scale.values()) {
			String field = scaleField(scale);
			String typed = get(field).strip();
			if (typed.isEmpty()) {
				if (submit) {
					this.errors.put(field, "evaluation.error.scale");
				}
				continue;
			}
			if (!typed.matches("[1-5]")) {
				this.errors.put(field, "evaluation.error.scale");
				continue;
			}
			scores.put(scale, Integer.parseInt(typed));
		}
		List<UUID> ticked = new ArrayList<>();
		Set<String> allowed = new java.util.HashSet<>(offered.stream().map((a) -> a.key().toString()).toList());
		for (String key : this.actions) {
			if (!allowed.contains(key)) {
				this.errors.put("actions", "evaluation.error.action");
				break;
			}
			ticked.add(UUID.fromString(key));
		}
		BigDecimal amount = null;
		Evaluation.TimeUnit unit = null;
		String mentorAgain = null;
		if (side == EvaluationSide.MENTEE) {
			if (submit && get("policyChanges").isBlank()) {
				this.errors.put("policyChanges", "evaluation.error.policyChanges");
			}
		}
		else {
			if (submit && get("learned").isBlank()) {
				this.errors.put("learned", "evaluation.error.learned");
			}
			amount = amount();
			if (submit && amount == null && !this.errors.containsKey("timeAmount")) {
				this.errors.put("timeAmount", "evaluation.error.timeAmount");
			}
			String typedUnit = get("timeUnit");
			if (typedUnit.equals("HOURS") || typedUnit.equals("DAYS")) {
				unit = Evaluation.TimeUnit.valueOf(typedUnit);
			}
			else if (!typedUnit.isEmpty() || submit || amount != null) {
				this.errors.put("timeUnit", "evaluation.error.timeUnit");
			}
			if (ANSWERS.contains(get("mentorAgain"))) {
				mentorAgain = get("mentorAgain");
			}
			else if (!get("mentorAgain").isEmpty() || submit) {
				this.errors.put("mentorAgain", "evaluation.error.mentorAgain");
			}
		}
		if (!this.errors.isEmpty()) {
			return null;
		}
		boolean mentee = side == EvaluationSide.MENTEE;
		return new EvaluationInput(mentee ? clean("policyChanges") : null, mentee ? clean("helped") : null,
				mentee ? clean("hindered") : null, mentee ? clean("mentorRole") : null,
				mentee ? clean("otherActions") : null, mentee ? null : clean("learned"),
				mentee ? null : clean("changedItself"), amount, unit, mentorAgain, scores, clean("comments"),
				mentee ? ticked : List.of());
	}

	/** The time the mentoring cost: English or Dutch decimals, 0 or more. */
	private BigDecimal amount() {
		String typed = get("timeAmount").strip().replace(" ", "");
		if (typed.isEmpty()) {
			return null;
		}
		String normal = typed.replace(',', '.');
		if (!normal.matches("\\d{1,7}(\\.\\d)?")) {
			this.errors.put("timeAmount", "evaluation.error.timeAmount");
			return null;
		}
		return new BigDecimal(normal);
	}

	private String clean(String field) {
		String value = get(field);
		return value.isBlank() ? null : value.replace("\r\n", "\n").strip();
	}

	private void put(String field, String value) {
		if (value != null) {
			this.values.put(field, value);
		}
	}

}
