package org.citymentor.privacy.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.privacy.Privacy;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.HtmlPdf;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Download my data": a signed-in person downloads what CityMentor holds about them, and
 * only about them, as one JSON file or as a readable PDF.
 */
@Controller
class PersonalDataController {

	private final Privacy privacy;

	private final TemplateEngine templates;

	private final String css = HtmlPdf.resource("static/css/print.css");

	PersonalDataController(Privacy privacy, TemplateEngine templates) {
		this.privacy = privacy;
		this.templates = templates;
	}

	@GetMapping("/account/personal-data.json")
	void json(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("json"));
		this.privacy.writeJson(user.id(), response.getOutputStream());
	}

	@GetMapping("/account/personal-data.pdf")
	void pdf(@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("person", this.privacy.person(user.id()).orElseThrow());
		model.put("sections", this.privacy.export(user.id()));
		model.put("css", this.css);
		byte[] pdf = HtmlPdf.render(this.templates.process("privacy/personal-data-print", new Context(locale, model)));
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("pdf"));
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

	private static String attachment(String extension) {
		return ContentDisposition.attachment()
			.filename("citymentor-personal-data-" + LocalDate.now() + "." + extension)
			.build()
			.toString();
	}

}
