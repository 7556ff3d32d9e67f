package org.citymentor;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capaci's officer reads the home page, the group page and the needs analysis in French
 * and in Italian, on a desktop and on a phone: every page passes axe, nothing is wider
 * than the screen (French and Italian words are longer than English ones). Screenshots go
 * to {@code target/language-screenshots} for a look by eye.
 */
class LanguagesBrowserTest extends BrowserTest {

	private static final String CAPACI = "mentee@capaci.example.org";

	private static final Path SCREENSHOTS = Path.of("target", "language-screenshots");

	@Autowired
	JdbcClient jdbc;

	@Test
	void capaciReadsItsPagesInFrenchAndItalianWithoutOverflow() {
		long group = this.jdbc.sql("select id from mentoring_group where title like '%Capaci%' order by id limit 1")
			.query(Long.class)
			.single();
		long capaci = this.jdbc.sql("""
				select p.id from group_participant p join organisation o on o.id = p.organisation_id
				where p.group_id = ? and o.name = 'Capaci'""").param(group).query(Long.class).single();
		String needs = "/groups/" + group + "/participants/" + capaci + "/needs-analysis";
		List<String> pages = List.of("/", "/groups/" + group, needs, needs + "/parts/A");

		try {
			for (int width : new int[] { 1280, 360 }) {
				useNewContext(new Browser.NewContextOptions().setViewportSize(width, 800));
				signIn(CAPACI);
				switchLanguage("fr");
				assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("fr");
				look(pages, "fr", width);
				switchLanguage("it");
				assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("it");
				assertThat(this.page.locator("header").textContent()).contains("Esci");
				look(pages, "it", width);
			}
		}
		finally {
			// the switch kept the choice on the shared demo account; other tests expect
			// English
			this.jdbc.sql("update app_user set preferred_language = 'en' where email = ?").param(CAPACI).update();
		}
	}

	private void look(List<String> paths, String language, int width) {
		for (int i = 0; i < paths.size(); i++) {
			visit(paths.get(i));
			this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve(language + "-" + width + "-" + i + ".png")));
			Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue())
				.as("horizontal overflow of %s in %s at %dpx", paths.get(i), language, width)
				.isLessThanOrEqualTo(0);
		}
	}

}
