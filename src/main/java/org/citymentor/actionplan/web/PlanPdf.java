package org.citymentor.actionplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.citymentor.actionplan.PlanPrint;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
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
		this.css = read("static/css/print.css") + "\n" + read("static/css/plan-print.css");
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

}
