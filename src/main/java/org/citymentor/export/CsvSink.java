package org.citymentor.export;

import java.io.PrintWriter;
import java.util.List;

import org.citymentor.shared.web.CsvWriter;

/**
 * Rows as CSV, through the shared writer that escapes cells a spreadsheet would read as
 * formulas.
 */
public final class CsvSink implements TableSink {

	private final CsvWriter csv;

	public CsvSink(PrintWriter out) {
		this.csv = new CsvWriter(out);
	}

	@Override
	public void row(List<String> cells) {
		this.csv.row(cells);
	}

}
