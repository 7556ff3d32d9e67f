package org.citymentor.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;

/**
 * Turns a page rendered for print into a PDF (openhtmltopdf), with the Liberation Sans
 * fonts embedded so it looks the same on every machine. The print templates inline their
 * CSS (read with {@link #resource}) because the renderer fetches nothing.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	public static byte[] render(String html) {
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

	/** A text file of the class path, e.g. {@code static/css/print.css}. */
	public static String resource(String path) {
		try (InputStream in = stream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream stream(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
