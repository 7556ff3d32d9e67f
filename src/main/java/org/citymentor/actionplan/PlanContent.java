package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The parts and actions of a plan: the draft as it stands, or a submitted version as it
 * was (stored as a snapshot).
 */
public record PlanContent(List<Part> parts) {

	public static final PlanContent EMPTY = new PlanContent(List.of());

	public List<Action> actions() {
		return this.parts.stream().flatMap((p) -> p.actions().stream()).toList();
	}

	public Optional<Action> action(UUID key) {
		return actions().stream().filter((a) -> a.key().equals(key)).findFirst();
	}

	public Optional<Part> part(long id) {
		return this.parts.stream().filter((p) -> p.id() == id).findFirst();
	}

	/** The part an action belongs to. */
	public Optional<Part> partOf(UUID actionKey) {
		return this.parts.stream()
			.filter((p) -> p.actions().stream().anyMatch((a) -> a.key().equals(actionKey)))
			.findFirst();
	}

	public boolean isEmpty() {
		return actions().isEmpty();
	}

	/** A part of the plan, e.g. "A. A city for all: the long-term plan". */
	public record Part(long id, int position, String title, long version, List<Action> actions) {

		/** The letter of the part: A, B, C… */
		public String letter() {
			return (this.position < 26) ? String.valueOf((char) ('A' + this.position))
					: String.valueOf(this.position + 1);
		}

	}

	/**
	 * One row of the template.
	 *
	 * @param byMonth whether the timeframe is given in months (shown as "March 2022")
	 * @param leadUserId the person who leads it, when they have an account (reminders)
	 * @param funding an amount in euro, when known
	 */
	public record Action(long id, UUID key, int position, String title, String outcomes, LocalDate startsOn,
			LocalDate endsOn, boolean byMonth, String leadName, Long leadUserId, String resources, BigDecimal funding,
			String measuring, long version, List<Indicator> indicators) {

		/** The fields a comparison looks at, without ids and positions. */
		public List<Object> comparable() {
			return java.util.Arrays.asList(this.title, this.outcomes, this.startsOn, this.endsOn, this.byMonth,
					this.leadName, this.resources, (this.funding != null) ? this.funding.stripTrailingZeros() : null,
					this.measuring,
					this.indicators.stream()
						.map((i) -> List.of(i.name(), i.target().stripTrailingZeros(), String.valueOf(i.unit())))
						.toList());
		}

	}

	/** What will show that the action succeeded, with its target. */
	public record Indicator(UUID key, String name, BigDecimal target, String unit) {
	}

}
