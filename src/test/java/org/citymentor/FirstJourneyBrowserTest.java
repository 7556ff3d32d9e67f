package org.citymentor;

import java.net.URI;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.citymentor.account.AccountService;
import org.citymentor.shared.security.Role;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages of the foundation in a real browser, for every demo account: signing in, the
 * home page, programmes, organisations, the account, the language switch, a failed
 * sign-in, and the same pages without JavaScript. Every page passes axe-core.
 */
class FirstJourneyBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "admin@example.org, en, IncluCities", "coordinator@cemr.example.org, en, IncluCities",
			"coordinator@vvsg.example.org, nl, Plan Samenleven", "mentee@capaci.example.org, en,",
			"mentor@mechelen.example.org, nl,", "mentee@jelgava.example.org, en,", "mentor@schaerbeek.example.org, en,",
			"facilitator@migrationwork.example.org, en," })
	void everyDemoAccountLandsOnAnAccessibleHomePage(String email, String language, String programme) {
		signIn(email);

		assertThat(this.page.url()).endsWith("/");
		assertThat(this.page.locator("html").getAttribute("lang")).as("the account's language").isEqualTo(language);
		assertThat(this.page.title()).endsWith("– CityMentor");
		assertThat(this.page.locator("main h1").isVisible()).isTrue();
		if (programme == null) {
			// a city officer or facilitator lands on their groups and opens one
			assertThat(this.page.locator("main .cm-card").count()).as("their groups").isPositive();
			checkAccessibility();
			submitAndWait(this.page.locator("main .cm-card h3 a").first());
			assertThat(this.page.url()).matches(".*/groups/\\d+$");
			assertThat(this.page.locator("main .govuk-task-list").isVisible()).as("the journey").isTrue();
			assertThat(this.page.locator("main a[href$='/edit']").count()).as("no set-up for members").isZero();
			checkAccessibility();
			return;
		}
		assertThat(this.page.locator("main .cm-card").count()).isPositive();
		checkAccessibility();

		// the coordinator, and the administrator, open a programme they may edit
		submitAndWait(link(programme));
		assertThat(this.page.url()).matches(".*/programmes/\\d+$");
		assertThat(this.page.locator("main h1").textContent()).isEqualTo(programme);
		assertThat(this.page.title()).isEqualTo(programme + " – CityMentor");
		assertThat(this.page.locator("main a[href$='/edit']").isVisible()).isTrue();
		checkAccessibility();
	}

	@Autowired
	AccountService accounts;

	@Test
	void aMemberWithoutGroupSeesTheEmptyState() {
		String email = "newcomer-" + java.util.UUID.randomUUID() + "@example.org";
		this.accounts.createAccount(email, "Nina Newcomer", Role.MEMBER, "en", null, PASSWORD);
		signIn(email);

		Locator empty = this.page.locator("main .govuk-inset-text");
		assertThat(empty.locator("h2").textContent()).isEqualTo("Nothing to do here yet");
		assertThat(empty.textContent()).contains("Your programme's coordinator will invite you by e-mail");
		assertThat(empty.locator("a[href$='/account']").isVisible()).isTrue();
		visit("/programmes");
		visit("/organisations");
		assertThat(this.page.locator("main a[href$='/organisations/new']").count())
			.as("members read the directory but add nothing")
			.isZero();
	}

	@Test
	void theLanguageChosenInTheHeaderIsRememberedAtTheNextSignIn() {
		String email = "mentee@jelgava.example.org";
		boolean backToEnglish = false;
		try {
			signIn(email);
			assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");

			switchLanguage("nl");
			assertDutch();
			assertThat(this.page.url()).as("the switch returns to the same page").endsWith("/");
			checkAccessibility();

			signOut();
			assertThat(this.page.locator("html").getAttribute("lang")).as("the cookie keeps the login page Dutch")
				.isEqualTo("nl");
			checkAccessibility();

			// another browser, without the language cookie: the account remembers the
			// choice
			useNewContext(new Browser.NewContextOptions());
			open("/login");
			assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
			signIn(email);
			assertDutch();

			switchLanguage("en");
			assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
			backToEnglish = true;
		}
		finally {
			if (!backToEnglish) {
				// other tests expect this account in English
				useNewContext(new Browser.NewContextOptions());
				signIn(email);
				if (this.page.locator("header button[name=lang][value=en]").count() > 0) {
					switchLanguage("en");
				}
			}
		}
	}

	@Test
	void aFailedSignInShowsTheErrorSummary() {
		submitLogin("nobody@example.org", "not-the-password");

		assertThat(this.page.url()).contains("/login?error");
		Locator summary = this.page.locator(".govuk-error-summary");
		assertThat(summary.isVisible()).isTrue();
		assertThat(summary.locator("h2").textContent()).isEqualTo("There is a problem");
		assertThat(summary.locator("a[href='#email']").isVisible()).isTrue();
		assertThat(this.page.locator("#email.govuk-input--error").count()).isEqualTo(1);
		checkAccessibility();

		visit("/password/forgot");
	}

	@Test
	void signingInReturnsToThePageAskedForNotToAFontFetchedMeanwhile() {
		Response asked = open("/programmes");
		assertThat(asked.url()).as("sent to sign in").contains("/login");
		// GOV.UK Frontend's CSS may fetch its fonts while the login page loads
		APIResponse font = this.context.request()
			.get(URI.create(this.page.url()).resolve("/assets/fonts/bold-affa96571d-v2.woff").toString(),
					RequestOptions.create().setHeader("Accept", "*/*").setMaxRedirects(0));
		assertThat(font.status()).as("GDS Transport is not served").isEqualTo(404);

		signIn("coordinator@vvsg.example.org");

		assertThat(this.page.url()).contains("/programmes");
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("Programma's");
		checkAccessibility();
	}

	@Test
	void theAdministratorsPagesAreAccessible() {
		signIn("admin@example.org");

		visit("/organisations");
		Locator firstOrganisation = this.page.locator("main table tbody a").first();
		String name = firstOrganisation.textContent();
		submitAndWait(firstOrganisation);
		assertThat(this.page.locator("main h1").textContent()).contains(name);
		checkAccessibility();
		visit("/organisations/new");

		visit("/programmes");
		submitAndWait(link("IncluCities"));
		submitAndWait(this.page.locator("main a[href$='/edit']"));
		assertThat(this.page.url()).endsWith("/edit");
		assertThat(this.page.locator("#name").inputValue()).isEqualTo("IncluCities");
		checkAccessibility();

		// a rejected form: the error summary and the field's message pass too
		this.page.locator("#name").fill("");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.locator(".govuk-error-summary a[href='#name']").isVisible()).isTrue();
		assertThat(this.page.locator("#name-error").isVisible()).isTrue();
		checkAccessibility();

		visit("/account");
		visit("/account/password");
	}

	@Test
	void thePagesWorkWithoutJavaScript() {
		useNewContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));

		// the language switch is a plain form too; signed out, it changes no account
		open("/login");
		switchLanguage("nl");
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("nl");
		assertThat(this.page.url()).endsWith("/login");

		signIn("coordinator@cemr.example.org");
		assertThat(this.page.locator("html").getAttribute("lang")).as("the account's language wins at sign-in")
			.isEqualTo("en");
		assertThat(this.page.locator("main h1").isVisible()).isTrue();
		assertThat(this.page.locator("body.js-enabled").count()).isZero();
		assertThat(this.page.locator("#navigation").isVisible()).as("the menu shows without its toggle").isTrue();
		assertThat(this.page.locator(".govuk-service-navigation__toggle").isVisible()).isFalse();

		submitAndWait(link("IncluCities"));
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("IncluCities");
		assertThat(this.page.locator("main dl.govuk-summary-list").isVisible()).isTrue();
	}

	@Test
	void theAccessibilityCheckReportsWhatItFinds() {
		this.page.setContent("<html><head><title>Test</title></head><body><main><h1>Test</h1>"
				+ "<img src='data:,'><input id='unlabelled'></main></body></html>");

		assertThatThrownBy(this::checkAccessibility).hasMessageContaining("html-has-lang (serious)")
			.hasMessageContaining("image-alt (critical)")
			.hasMessageContaining("label (critical)")
			.hasMessageContaining("#unlabelled");
	}

	private void assertDutch() {
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("nl");
		assertThat(this.page.locator("#navigation").textContent()).contains("Programma's");
		assertThat(this.page.locator("header").textContent()).contains("Afmelden");
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
