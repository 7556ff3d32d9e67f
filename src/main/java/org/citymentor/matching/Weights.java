package org.citymentor.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A programme's criterion weights. Weights that do not add up to 100 are scaled to 100
 * (largest remainder, so the maxima are whole points that add up to exactly 100).
 */
public record Weights(Map<Criterion, Integer> values) {

	public Weights {
		values = Map.copyOf(values);
	}

	public static Weights defaults() {
		Map<Criterion, Integer> values = new EnumMap<>(Criterion.class);
		Arrays.stream(Criterion.values()).forEach((c) -> values.put(c, c.defaultWeight()));
		return new Weights(values);
	}

	public int of(Criterion criterion) {
		return this.values.getOrDefault(criterion, 0);
	}

	public int sum() {
		return Arrays.stream(Criterion.values()).mapToInt(this::of).sum();
	}

	/** Whether the weights had to be scaled to 100. */
	public boolean normalised() {
		return sum() != 100;
	}

	/** The maximum points of each criterion: whole numbers adding up to 100. */
	public Map<Criterion, Integer> maxima() {
		int sum = sum();
		Map<Criterion, Integer> maxima = new EnumMap<>(Criterion.class);
		if (sum <= 0) {
			Arrays.stream(Criterion.values()).forEach((c) -> maxima.put(c, 0));
			return maxima;
		}
		int given = 0;
		for (Criterion c : Criterion.values()) {
			int floor = of(c) * 100 / sum;
			maxima.put(c, floor);
			given += floor;
		}
		List<Criterion> byRemainder = Arrays.stream(Criterion.values())
			.sorted(Comparator.comparingInt((Criterion c) -> -(of(c) * 100 % sum)).thenComparing(Enum::ordinal))
			.toList();
		for (int i = 0; given < 100; i++, given++) {
			Criterion c = byRemainder.get(i);
			maxima.put(c, maxima.get(c) + 1);
		}
		return maxima;
	}

}
