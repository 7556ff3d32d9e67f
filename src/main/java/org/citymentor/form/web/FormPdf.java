package org.citymentor.form.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.citymentor.form.Answer;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormVersions.Version;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The PDF of a form, made from the same template as the print view so that both look like
 * the guide's paper template. Fonts are embedded (Liberation Sans) so that names such as
 * Jelgava's or Saint-Jean-de-la-Ruelle's come out right.
 */
@Component
class FormPdf {

	private final TemplateEngine templates;

	private final String css;

	private final org.citymentor.shared.DisplayZone zone;

	FormPdf(TemplateEngine templates, org.citymentor.shared.DisplayZone zone) {
		this.templates = templates;
		this.zone = zone;
		this.css = org.citymentor.shared.web.HtmlPdf.resource("static/css/print.css");
	}

	Map<String, Object> model(FormScope scope, Version version, Map<String, Answer> answers, boolean pdf) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("scope", scope);
		model.put("definition", scope.definition());
		model.put("version", version);
		model.put("questions", QuestionView.of(scope.definition(), scope.definition().questions(), answers, null,
				Map.of(), Map.of(), scope.options(), Map.of()));
		model.put("relatedParts",
				scope.related()
					.stream()
					.filter((r) -> r.answers() != null && !r.answers().isEmpty())
					.map((r) -> new RelatedPart(r.title(), r.dated(),
							QuestionView.of(r.definition(), r.definition().questions(), r.answers(), null, Map.of(),
									Map.of(), Map.of(), Map.of())))
					.toList());
		model.put("pdf", pdf);
		model.put("zone", this.zone.zone());
		model.put("css", this.css);
		return model;
	}

	byte[] render(FormScope scope, Version version, Map<String, Answer> answers, Locale locale) {
		Context context = new Context(locale, model(scope, version, answers, true));
		String html = this.templates.process("forms/print", context);
		return org.citymentor.shared.web.HtmlPdf.render(html);
	}

	/** A read-only form printed after this one (the context of a needs analysis). */
	record RelatedPart(String title, String dated, java.util.List<QuestionView> questions) {
	}

}
