package org.citymentor.shared.web;

import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 CSV, written row by row so large exports stream. Cells that a spreadsheet
 * would read as a formula (starting with =, +, -, @, tab or carriage return) get a
 * leading apostrophe.
 */
public final class CsvWriter {

	private final PrintWriter out;

	public CsvWriter(PrintWriter out) {
		this.out = out;
	}

	public void row(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		this.out.print(line.append("\r\n"));
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
