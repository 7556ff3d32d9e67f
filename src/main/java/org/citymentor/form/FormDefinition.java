package org.citymentor.form;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A template's questions in their order: the one place they are listed (a registry per
 * template builds one of these).
 */
public record FormDefinition(FormKind kind, List<Question> questions) {

	/** The parts in the order the questions give them. */
	public List<String> parts() {
		Set<String> parts = new LinkedHashSet<>();
		this.questions.forEach((q) -> parts.add(q.part()));
		return List.copyOf(parts);
	}

	public List<Question> part(String part) {
		return this.questions.stream().filter((q) -> q.part().equals(part)).toList();
	}

	public Optional<Question> question(String key) {
		return this.questions.stream().filter((q) -> q.key().equals(key)).findFirst();
	}

	/** The same template without the questions a programme hides. */
	public FormDefinition without(Set<String> hiddenKeys) {
		if (hiddenKeys.isEmpty()) {
			return this;
		}
		return new FormDefinition(this.kind,
				this.questions.stream().filter((q) -> !hiddenKeys.contains(q.key())).toList());
	}

	public String messagePrefix() {
		return "form." + this.kind.name() + ".";
	}

	public Set<String> keys() {
		return this.questions.stream().map(Question::key).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
