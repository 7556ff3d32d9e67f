package org.citymentor;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.programme.Themes;
import org.citymentor.shared.web.LanguageResolver;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * French and Italian besides English and Dutch: pages, the language switch, the account's
 * language, e-mails in the recipient's language, theme names and the language a form was
 * written in.
 */
@CityMentorTest
class LanguagesTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Themes themes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesReadInFrenchFromTheBrowserAndInItalianFromTheSwitch() throws Exception {
		FormFixture f = this.fixtures.create();
		Document french = page(this.fixtures
			.as(f.mentee(), get("/groups/" + f.groupId()).header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(french.select("html").attr("lang")).isEqualTo("fr");
		assertThat(french.text()).contains("Se déconnecter").contains("Le parcours").doesNotContain("Sign out");
		assertThat(french.select("button[name=lang]").eachAttr("value")).containsExactly("en", "nl", "it");
		assertThat(french.select("button[name=lang][value=it]").text()).isEqualTo("Italiano");

		this.mvc.perform(post("/language").param("lang", "it").param("returnTo", "/login").with(csrf()))
			.andExpect(cookie().value(LanguageResolver.COOKIE, "it"));
		Document italian = page(this.fixtures
			.as(f.mentee(), get("/groups/" + f.groupId() + "/visits").cookie(new Cookie(LanguageResolver.COOKIE, "it")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(italian.select("html").attr("lang")).isEqualTo("it");
		assertThat(italian.text()).contains("Esci").contains("Visite e incontri");
	}

	@Test
	void aFrenchSpeakingMemberGetsTheNoticeInFrench() throws Exception {
		FormFixture f = this.fixtures.create();
		this.fixtures
			.as(f.mentor(),
					post("/account").param("displayName", f.mentor().displayName())
						.param("language", "fr")
						.param("formNotices", "true"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select preferred_language from app_user where id = ?")
			.param(f.mentor().id())
			.query(String.class)
			.single()).isEqualTo("fr");

		this.fixtures.as(f.mentee(), post(f.needsAnalysis() + "/parts/A").param("a.challenge", "Reach newcomers"))
			.andExpect(status().isFound());
		this.fixtures.as(f.mentee(), post(f.needsAnalysis() + "/share").param("shared", "true"))
			.andExpect(status().isFound());

		List<MimeMessage> mails = Mailbox.mailsTo(this.greenMail, f.mentor());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).startsWith("Brouillon de l'analyse des besoins de Mentee town")
			.contains(" partagé – ");
		assertThat((String) mails.get(0).getContent()).startsWith("Bonjour " + f.mentor().displayName())
			.contains("l'analyse des besoins")
			.contains("Vous recevez ce message");
	}

	@Test
	void aFormRecordsTheLanguageItWasWrittenIn() throws Exception {
		FormFixture f = this.fixtures.create();
		Cookie italian = new Cookie(LanguageResolver.COOKIE, "it");
		this.fixtures
			.as(f.mentee(),
					post(f.needsAnalysis() + "/parts/A").param("a.challenge", "Raggiungere i nuovi arrivati")
						.cookie(italian))
			.andExpect(status().isFound());
		Document overview = page(this.fixtures.page(f.mentee(), f.needsAnalysis()));
		assertThat(overview.select(".govuk-summary-list__row:has(dt:containsOwn(Language of the text)) dd").text())
			.isEqualTo("Italian");

		String check = this.fixtures.page(f.mentee(), f.needsAnalysis() + "/check");
		this.fixtures
			.as(f.mentee(),
					post(f.needsAnalysis() + "/submit").param("version",
							Jsoup.parse(check).select("input[name=version]").attr("value")))
			.andExpect(status().isFound());
		Document version = page(
				this.fixtures
					.as(f.mentor(),
							get(f.needsAnalysis() + "/answers?version=1")
								.cookie(new Cookie(LanguageResolver.COOKIE, "fr")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(version.select(".cm-written-in").text()).isEqualTo("(rédigé en italien)");
	}

	@Test
	void themesHaveFrenchAndItalianNamesAndFallBackToEnglish() {
		long housing = this.themes.idOf("housing");
		assertThat(this.themes.labels(List.of(housing), Locale.FRENCH)).containsEntry(housing, "Logement");
		assertThat(this.themes.labels(List.of(housing), Locale.ITALIAN)).containsEntry(housing, "Politiche abitative");

		long added = this.themes.addTheme(new Themes.Labels("Digital inclusion", "Digitale inclusie", "", null));
		Map<Long, String> italian = this.themes.labels(List.of(added), Locale.ITALIAN);
		assertThat(italian).containsEntry(added, "Digital inclusion");
		this.themes.updateTheme(added, new Themes.Labels("Digital inclusion", "Digitale inclusie",
				"Inclusion numérique", "Inclusione digitale"), true);
		assertThat(this.themes.labels(List.of(added), Locale.FRENCH)).containsEntry(added, "Inclusion numérique");
	}

	@Test
	void goodPracticesAreSearchedWithFrenchAndItalianStems() {
		assertThat(matches("Des logements sociaux pour les réfugiés", "logement")).isTrue();
		assertThat(matches("Corsi di lingua per le donne migranti", "corso")).isTrue();
		assertThat(matches("Welcome desk for newcomers", "logement")).isFalse();
	}

	private boolean matches(String text, String query) {
		return this.jdbc.sql("""
				select citymentor_tsvector(:text) @@ (websearch_to_tsquery('citymentor_french', :q)
				    || websearch_to_tsquery('citymentor_italian', :q))""")
			.param("text", text)
			.param("q", query)
			.query(Boolean.class)
			.single();
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

}
