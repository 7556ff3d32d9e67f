package org.citymentor.form;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A stored answer: the typed columns a question uses (text, number, date, flag); the
 * others stay null.
 */
public record Answer(String text, BigDecimal number, LocalDate date, Boolean flag) {

	public static final Answer EMPTY = new Answer(null, null, null, null);

	public static Answer ofText(String text) {
		return new Answer(blankToNull(text), null, null, null);
	}

	/** The answer as plain text, for comparisons and the print view; null when empty. */
	public String display() {
		if (isEmpty()) {
			return null;
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
		return this.text == null && this.number == null && this.date == null && this.flag == null;
	}

	/**
	 * A short fingerprint of the answer: the page sends back the fingerprint of what it
	 * was shown, so a save can tell a change of its own from a change someone else made.
	 */
	public String fingerprint() {
		String canonical = Objects.toString(this.text, "") + '\u0001'
				+ ((this.number != null) ? this.number.stripTrailingZeros().toPlainString() : "") + '\u0001'
				+ Objects.toString(this.date, "") + '\u0001' + Objects.toString(this.flag, "");
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

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
