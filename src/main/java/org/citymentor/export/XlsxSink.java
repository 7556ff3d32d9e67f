package org.citymentor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rows as an XLSX sheet with Apache POI's streaming workbook: only the last
 * {@value #WINDOW} rows stay in memory, the others go to a temporary file until the
 * workbook is written out. Every cell is text, so nothing typed is ever run as a formula.
 */
public final class XlsxSink implements TableSink, AutoCloseable {

	static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final SXSSFSheet sheet;

	private final CellStyle header;

	private int next;

	public XlsxSink(String sheetName) {
		this.workbook.setCompressTempFiles(true);
		this.sheet = this.workbook.createSheet(sheetName);
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
	}

	@Override
	public void row(List<String> cells) {
		Row row = this.sheet.createRow(this.next);
		for (int i = 0; i < cells.size(); i++) {
			var cell = row.createCell(i);
			if (cells.get(i) != null) {
				cell.setCellValue(cells.get(i));
			}
			if (this.next == 0) {
				cell.setCellStyle(this.header);
			}
		}
		this.next++;
	}

	/** Writes the workbook; the sink is closed afterwards. */
	public void writeTo(OutputStream out) {
		try {
			this.workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			close();
		}
	}

	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
