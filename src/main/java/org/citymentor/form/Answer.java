package org.citymentor.form;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A stored answer: the typed columns a question uses (text, number, date, flag); the
 * others stay null.
 */
public record Answer(String text, BigDecimal number, LocalDate date, Boolean flag, List<Row> rows) {

	public static final Answer EMPTY = new Answer(null, null, null, null);

	public Answer {
		rows = (rows != null) ? List.copyOf(rows) : List.of();
	}

	public Answer(String text, BigDecimal number, LocalDate date, Boolean flag) {
		this(text, number, date, flag, List.of());
	}

	public static Answer ofRows(List<Row> rows) {
		return new Answer(null, null, null, null, rows);
	}

	public static Answer ofText(String text) {
		return new Answer(blankToNull(text), null, null, null);
	}

	/** The answer as plain text, for comparisons and the print view; null when empty. */
	public String display() {
		if (isEmpty()) {
			return null;
		}
		if (!this.rows.isEmpty()) {
			return String.join("\n", this.rows.stream().map(Row::display).toList());
		}
		if (this.number != null) {
			BigDecimal n = this.number.stripTrailingZeros();
			return (n.scale() < 0) ? n.setScale(0).toPlainString() : n.toPlainString();
		}
		if (this.flag != null && this.text == null) {
			return this.flag ? "✓" : "–";
		}
		return (this.text != null) ? this.text : String.valueOf(this.date);
	}

	public boolean isEmpty() {
		return this.text == null && this.number == null && this.date == null && this.flag == null
				&& this.rows.isEmpty();
	}

	/**
	 * A short fingerprint of the answer: the page sends back the fingerprint of what it
	 * was shown, so a save can tell a change of its own from a change someone else made.
	 */
	public String fingerprint() {
		String canonical = Objects.toString(this.text, "") + '\u0001'
				+ ((this.number != null) ? this.number.stripTrailingZeros().toPlainString() : "") + '\u0001'
				+ Objects.toString(this.date, "") + '\u0001' + Objects.toString(this.flag, "") + '\u0001'
				+ String.join("\u0002", this.rows.stream().map(Row::display).toList());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public boolean sameAs(Answer other) {
		return fingerprint().equals(((other != null) ? other : EMPTY).fingerprint());
	}

	/** One row of a table answer: a label and, where known, a number. */
	public record Row(String label, BigDecimal amount) {

		public String display() {
			return (this.amount != null) ? this.label + ": " + this.amount.stripTrailingZeros().toPlainString()
					: this.label;
		}

	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
