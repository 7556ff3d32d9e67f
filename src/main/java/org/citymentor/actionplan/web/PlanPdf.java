package org.citymentor.actionplan.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.citymentor.actionplan.PlanPrint;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.citymentor.shared.web.HtmlPdf;

import org.springframework.stereotype.Component;

/**
 * The PDF of an action plan, made from the print view's template: landscape A4 like annex
 * 6, with Liberation Sans embedded so that every European name prints.
 */
@Component
class PlanPdf implements org.citymentor.actionplan.PlanPdfRenderer {

	private final TemplateEngine templates;

	private final String css;

	PlanPdf(TemplateEngine templates) {
		this.templates = templates;
		this.css = HtmlPdf.resource("static/css/print.css") + "\n" + HtmlPdf.resource("static/css/plan-print.css");
	}

	/**
	 * What the print template needs; {@code back} is the page the screen view links to.
	 */
	Map<String, Object> model(PlanPrint plan, String back, boolean pdf) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("plan", plan);
		model.put("back", back);
		model.put("pdf", pdf);
		model.put("css", this.css);
		return model;
	}

	@Override
	public byte[] render(PlanPrint plan, Locale locale) {
		String html = this.templates.process("actionplan/print", new Context(locale, model(plan, null, true)));
		return HtmlPdf.render(html);
	}

}
