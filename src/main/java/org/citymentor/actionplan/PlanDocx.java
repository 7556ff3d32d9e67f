package org.citymentor.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan as a Word document (Apache POI), for cities that paste it into their council
 * documents: a landscape A4 section, the header of annex 6, and per part a table with the
 * template's six columns.
 */
@Component
public class PlanDocx {

	/** The six columns of annex 6, as message keys. */
	public static final List<String> COLUMNS = List.of("planExport.column.action", "planExport.column.outcomes",
			"planExport.column.timeframe", "planExport.column.lead", "planExport.column.resources",
			"planExport.column.measuring");

	/** Landscape A4 in twentieths of a point, and a 1.5 cm margin. */
	private static final long WIDTH = 16838;

	private static final long HEIGHT = 11906;

	private static final long MARGIN = 850;

	private final MessageSource messages;

	PlanDocx(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] render(PlanPrint plan, Locale locale) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			landscape(doc);
			text(doc.createParagraph(), msg("planExport.brand", locale), false, 8);
			XWPFParagraph title = doc.createParagraph();
			text(title, plan.planName() + ((plan.title() != null) ? ": " + plan.title() : ""), true, 18);
			for (String[] line : header(plan, locale)) {
				XWPFParagraph p = doc.createParagraph();
				p.setSpacingAfter(0);
				text(p, line[0] + ": ", true, 10);
				text(p, line[1], false, 10);
			}
			if (plan.vision() != null) {
				heading(doc, msg("planExport.vision", locale));
				lines(doc.createParagraph(), plan.vision(), 10);
			}
			if (!plan.commitments().isEmpty()) {
				heading(doc, msg("planExport.commitments", locale));
				plan.commitments().forEach((c) -> text(doc.createParagraph(), "• " + c, false, 10));
			}
			for (PlanPrint.Part part : plan.parts()) {
				heading(doc, part.heading());
				table(doc, part, locale);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header lines of annex 6: label and value. */
	private List<String[]> header(PlanPrint plan, Locale locale) {
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { msg("planExport.group", locale), plan.groupTitle() });
		lines.add(new String[] { msg("planExport.mentee", locale), plan.mentee() });
		lines.add(new String[] { msg("planExport.mentor", locale), plan.mentor() });
		lines.add(new String[] { msg("planExport.date", locale), PlanPrints.date(plan.date(), locale) });
		String version = plan.draft() ? msg("planExport.draft", locale)
				: this.messages.getMessage("form.version.n", new Object[] { plan.version() }, locale)
						+ ((plan.stage() != null) ? " – " + plan.stage() : "");
		lines.add(new String[] { msg("planExport.version", locale), version });
		if (plan.approved() != null) {
			lines.add(new String[] { msg("planExport.approval", locale), plan.approved() });
		}
		return lines;
	}

	private void table(XWPFDocument doc, PlanPrint.Part part, Locale locale) {
		XWPFTable table = doc.createTable(part.rows().size() + 1, COLUMNS.size());
		table.setWidth("100%");
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < COLUMNS.size(); c++) {
			XWPFTableCell cell = head.getCell(c);
			cell.setColor("E8EDF3");
			text(cell.getParagraphs().get(0), msg(COLUMNS.get(c), locale), true, 9);
		}
		if (part.rows().isEmpty()) {
			text(doc.createParagraph(), msg("planExport.noActions", locale), false, 9);
		}
		for (int r = 0; r < part.rows().size(); r++) {
			PlanPrint.Row row = part.rows().get(r);
			XWPFTableRow line = table.getRow(r + 1);
			line.setCantSplitRow(true);
			cell(line.getCell(0), List.of(row.action()), true);
			cell(line.getCell(1), listOf(row.outcomes()), false);
			cell(line.getCell(2), listOf(row.timeframe()), false);
			cell(line.getCell(3), listOf(row.lead()), false);
			List<String> resources = new ArrayList<>(listOf(row.resources()));
			resources.addAll(listOf(row.fundingText()));
			cell(line.getCell(4), resources, false);
			List<String> measuring = new ArrayList<>(listOf(row.measuring()));
			row.indicators().forEach((i) -> measuring.add("• " + i));
			cell(line.getCell(5), measuring, false);
		}
	}

	private static void cell(XWPFTableCell cell, List<String> paragraphs, boolean bold) {
		for (int i = 0; i < paragraphs.size(); i++) {
			XWPFParagraph p = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			p.setSpacingAfter(0);
			XWPFRun run = p.createRun();
			run.setBold(bold);
			run.setFontSize(9);
			breaks(run, paragraphs.get(i));
		}
	}

	private static List<String> listOf(String value) {
		return (value != null && !value.isBlank()) ? List.of(value) : List.of();
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(240);
		p.setAlignment(ParagraphAlignment.LEFT);
		text(p, text, true, 13);
	}

	private static void lines(XWPFParagraph p, String text, int size) {
		XWPFRun run = p.createRun();
		run.setFontSize(size);
		breaks(run, text);
	}

	/** A text with its line breaks kept. */
	private static void breaks(XWPFRun run, String text) {
		String[] lines = text.split("\r?\n", -1);
		for (int l = 0; l < lines.length; l++) {
			if (l > 0) {
				run.addBreak();
			}
			run.setText(lines[l], l);
		}
	}

	private static void text(XWPFParagraph p, String text, boolean bold, int size) {
		XWPFRun run = p.createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("Liberation Sans");
		run.setText(text);
	}

	private static void landscape(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(WIDTH));
		size.setH(BigInteger.valueOf(HEIGHT));
		CTPageMar margin = section.addNewPgMar();
		margin.setTop(BigInteger.valueOf(MARGIN));
		margin.setBottom(BigInteger.valueOf(MARGIN));
		margin.setLeft(BigInteger.valueOf(MARGIN));
		margin.setRight(BigInteger.valueOf(MARGIN));
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
