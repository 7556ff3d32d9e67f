package org.citymentor.visit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.citymentor.goodpractice.GoodPracticeOption;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.visit.AgendaItem;
import org.citymentor.visit.Agendas;
import org.citymentor.visit.Visit;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The agenda of a visit to print or as a PDF, for the hosts: the visit's number, host,
 * dates, purpose and questions, then the agenda by day. The PDF is made from the print
 * view's template with Liberation Sans embedded, so that every European name prints.
 */
@Component
public class VisitPdf {

	private final TemplateEngine templates;

	private final AgendaPages pages;

	private final Agendas agendas;

	private final GoodPractices goodPractices;

	private final String css;

	VisitPdf(TemplateEngine templates, AgendaPages pages, Agendas agendas, GoodPractices goodPractices) {
		this.templates = templates;
		this.pages = pages;
		this.agendas = agendas;
		this.goodPractices = goodPractices;
		this.css = read("static/css/print.css");
	}

	/** The agenda of a visit by day, every day of the visit, with or without items. */
	public List<AgendaDay> days(Visit visit) {
		List<AgendaItem> items = this.agendas.of(visit.id());
		List<Long> practiceIds = items.stream().map(AgendaItem::goodPracticeId).filter(Objects::nonNull).toList();
		Map<Long, String> practices = new LinkedHashMap<>();
		if (!practiceIds.isEmpty()) {
			for (GoodPracticeOption sheet : this.goodPractices.summaries(practiceIds)) {
				practices.put(sheet.id(), sheet.title());
			}
		}
		List<AgendaDay> days = new ArrayList<>();
		for (LocalDate day : Agendas.days(visit)) {
			List<AgendaItem> ofDay = items.stream().filter((i) -> i.day().equals(day)).toList();
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < ofDay.size(); i++) {
				AgendaItem item = ofDay.get(i);
				rows.add(new Row(item, (item.goodPracticeId() != null) ? practices.get(item.goodPracticeId()) : null,
						i == 0, i == ofDay.size() - 1));
			}
			days.add(new AgendaDay(day, rows));
		}
		items.stream()
			.filter((i) -> i.day().isBefore(visit.startsOn()) || i.day().isAfter(visit.endsOn()))
			.map(AgendaItem::day)
			.distinct()
			.forEach((day) -> days.add(new AgendaDay(day,
					items.stream()
						.filter((i) -> i.day().equals(day))
						.map((i) -> new Row(i, practices.get(i.goodPracticeId()), false, false))
						.toList())));
		return days;
	}

	/** What the print template needs; {@code back} is the visit page, null in the PDF. */
	Map<String, Object> model(Visit visit, String back, boolean pdf, Locale locale) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("visit", visit);
		model.put("groupTitle", this.pages.group(visit.groupId()).data().title());
		model.put("host", this.pages.hostName(visit));
		model.put("days", days(visit));
		model.put("back", back);
		model.put("pdf", pdf);
		model.put("css", this.css);
		return model;
	}

	byte[] render(Visit visit, Locale locale) {
		String html = this.templates.process("visits/agenda-print",
				new Context(locale, model(visit, null, true, locale)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (String[] font : new String[][] { { "fonts/LiberationSans-Regular.ttf", "400" },
				{ "fonts/LiberationSans-Bold.ttf", "700" } }) {
			builder.useFont(() -> stream(font[0]), "Liberation Sans", Integer.parseInt(font[1]),
					PdfRendererBuilder.FontStyle.NORMAL, true);
		}
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream stream(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = stream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One day of a visit's agenda. */
	public record AgendaDay(LocalDate day, List<Row> rows) {
	}

	/**
	 * One item of the agenda as shown.
	 *
	 * @param practiceTitle the title of the good-practice sheet it presents, or null
	 * @param first whether it is the first of its day (no "move up")
	 * @param last whether it is the last of its day (no "move down")
	 */
	public record Row(AgendaItem item, String practiceTitle, boolean first, boolean last) {
	}

}
