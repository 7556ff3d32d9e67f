package org.citymentor.form;

/** Numbers as people type them in English or Dutch. */
public final class NumberText {

	private NumberText() {
	}

	/**
	 * Accepts both English and Dutch ways of writing a number: 1,250,000.50 and
	 * 1.250.000,50 and 1250000,50 all mean the same amount; spaces and a euro sign are
	 * left out.
	 * @return the number in Java's notation, to be read by {@code new BigDecimal(…)}
	 */
	public static String normalise(String typed) {
		String value = typed.replace(" ", "").replace("\u00a0", "").replace("€", "");
		if (value.matches("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?")) {
			return value.replace(",", "");
		}
		if (value.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
			return value.replace(".", "").replace(',', '.');
		}
		if (value.matches("-?\\d+,\\d{1,2}")) {
			return value.replace(',', '.');
		}
		return value;
	}

}
