package org.citymentor.visit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.citymentor.goodpractice.GoodPracticeOption;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.visit.AgendaItem;
import org.citymentor.visit.Agendas;
import org.citymentor.visit.Visit;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.citymentor.shared.web.HtmlPdf;

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
		this.css = HtmlPdf.resource("static/css/print.css");
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
		return HtmlPdf.render(html);
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
