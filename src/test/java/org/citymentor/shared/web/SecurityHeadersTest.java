package org.citymentor.shared.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import org.citymentor.account.AccountService;
import org.citymentor.shared.security.Role;
import org.citymentor.support.Browser;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What every response says to the browser about security, the session cookie, hostile
 * input, error pages and the fonts that must not be served.
 */
@CityMentorTest
class SecurityHeadersTest {

	private static final List<String> FONTS = List.of("light-94a07e06a1-v2.woff2", "light-f591b13f7d-v2.woff",
			"bold-b542beb274-v2.woff2", "bold-affa96571d-v2.woff");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void theLoginPageSendsTheSecurityHeaders() throws Exception {
		MockHttpServletResponse response = new Browser(this.mvc).get("/login").getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertSecurityHeaders(response);
	}

	@Test
	void aSignedInPageSendsTheSecurityHeadersAndIsNotStored() throws Exception {
		MockHttpServletResponse response = signedIn().get("/account").getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertSecurityHeaders(response);
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	/**
	 * Checked on the real Set-Cookie header: the app builds the session cookie itself
	 * (WebConfiguration), so MockMvc sees the same cookie a browser gets.
	 */
	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		Browser browser = new Browser(this.mvc);
		String beforeSignIn = sessionCookieHeader(browser.get("/login"));
		String afterSignIn = sessionCookieHeader(browser.signIn(account().email(), TestAccount.PASSWORD));

		for (String header : List.of(beforeSignIn, afterSignIn)) {
			assertThat(header).startsWith(Browser.SESSION_COOKIE + "=")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax")
				.contains("; Path=/");
		}
	}

	@Test
	void aParameterWithTheNulCharacterIsABadRequest() throws Exception {
		assertThat(
				new Browser(this.mvc).perform(get("/login").param("q", "before\u0000after")).getResponse().getStatus())
			.isEqualTo(400);

		Browser browser = signedIn();
		String token = Browser.csrfToken(Browser.page(browser.get("/account")), "/account");
		MvcResult result = browser.perform(
				post("/account").param("_csrf", token).param("displayName", "Nul\u0000Name").param("language", "en"));
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
	}

	/**
	 * MockMvc has no servlet container to forward an error to {@code /error}, so the test
	 * makes that second request itself, with the attributes a container sets, and even
	 * hands it the exception.
	 */
	@Test
	void anUnknownAddressShowsTheFriendlyNotFoundPage() throws Exception {
		Browser browser = signedIn();
		MvcResult notFound = browser.get("/no-such-page");
		assertThat(notFound.getResponse().getStatus()).isEqualTo(404);

		MvcResult errorPage = browser.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, notFound.getResolvedException()));

		assertThat(errorPage.getResponse().getStatus()).isEqualTo(404);
		Document page = Browser.page(errorPage);
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertNoInternals(errorPage, notFound.getResolvedException());
	}

	@Test
	void aServerErrorShowsTheFriendlyPageWithoutInternals() throws Exception {
		Browser browser = signedIn();
		IllegalStateException failure = new IllegalStateException("connection to db-internal-7 refused");

		MvcResult errorPage = browser.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/account")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure));

		assertThat(errorPage.getResponse().getStatus()).isEqualTo(500);
		assertThat(Browser.page(errorPage).select("h1").text()).isEqualTo("Sorry, something went wrong");
		assertNoInternals(errorPage, failure);
	}

	@Test
	void theGdsTransportFontsAreNotServed() throws Exception {
		Browser anonymous = new Browser(this.mvc);
		Browser member = signedIn();
		String stylesheet = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css";
		assertThat(anonymous.get(stylesheet).getResponse().getStatus()).as("the rest of the WebJar").isEqualTo(200);

		for (String font : FONTS) {
			for (String path : List.of("/webjars/govuk-frontend/dist/govuk/assets/fonts/",
					"/webjars/govuk-frontend/5.14.0/dist/govuk/assets/fonts/")) {
				for (Browser browser : List.of(anonymous, member)) {
					MockHttpServletResponse response = browser.get(path + font).getResponse();
					assertThat(response.getStatus()).as(path + font).isNotEqualTo(200);
					assertThat(response.getContentAsByteArray()).as(path + font).isEmpty();
				}
			}
		}
	}

	private static void assertSecurityHeaders(MockHttpServletResponse response) {
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.contains("object-src 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	private static void assertNoInternals(MvcResult errorPage, Throwable exception) throws Exception {
		String html = errorPage.getResponse().getContentAsString();
		assertThat(html).doesNotContain(exception.getClass().getSimpleName())
			.doesNotContain(exception.getClass().getName())
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("at org.")
			.doesNotContain("Whitelabel");
		if (exception.getMessage() != null) {
			assertThat(html).doesNotContain(exception.getMessage());
		}
	}

	private static String sessionCookieHeader(MvcResult result) {
		return result.getResponse()
			.getHeaders("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(Browser.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie set by " + result.getRequest().getRequestURI()));
	}

	private Browser signedIn() throws Exception {
		Browser browser = new Browser(this.mvc);
		assertThat(browser.signIn(account().email(), TestAccount.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		return browser;
	}

	private TestAccount account() {
		return TestAccount.create(this.accounts, "headers", Role.MEMBER);
	}

}
