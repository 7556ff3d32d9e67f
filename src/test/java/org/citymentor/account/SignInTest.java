package org.citymentor.account;

import jakarta.servlet.http.Cookie;
import org.citymentor.shared.security.Role;
import org.citymentor.support.Browser;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signing in and out through the real login form, session and CSRF protection. */
@CityMentorTest
class SignInTest {

	private static final String FAILED = "We could not sign you in.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	private TestAccount account;

	@BeforeEach
	void createAccount() {
		this.account = TestAccount.create(this.accounts, "sign-in", Role.MEMBER);
	}

	@Test
	void theRightPasswordSignsInUnderANewSessionId() throws Exception {
		Browser browser = new Browser(this.mvc);
		MvcResult loginPage = browser.get("/login");
		String sessionBefore = browser.cookie(Browser.SESSION_COOKIE).orElseThrow().getValue();

		MvcResult signIn = browser.perform(post("/login").param("email", this.account.email())
			.param("password", this.account.password())
			.param("_csrf", Browser.csrfToken(Browser.page(loginPage), "/login")));

		assertThat(signIn.getResponse().getStatus()).isEqualTo(302);
		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		String sessionAfter = browser.cookie(Browser.SESSION_COOKIE).orElseThrow().getValue();
		assertThat(sessionAfter).as("session id after sign-in (session fixation)").isNotEqualTo(sessionBefore);
		assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(signedIn(sessionBefore)).as("the session id from before sign-in").isFalse();
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailLookTheSame() throws Exception {
		Browser wrongPassword = new Browser(this.mvc);
		MvcResult wrong = wrongPassword.signIn(this.account.email(), "not the password at all 42");
		Browser unknownEmail = new Browser(this.mvc);
		MvcResult unknown = unknownEmail.signIn(TestAccount.uniqueEmail("nobody"), "not the password at all 42");

		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		String wrongPage = failurePage(wrongPassword);
		assertThat(wrongPage).contains(FAILED);
		assertThat(failurePage(unknownEmail)).isEqualTo(wrongPage);
	}

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneIsRefused() throws Exception {
		Browser attacker = new Browser(this.mvc);
		for (int attempt = 1; attempt <= LoginThrottle.FREE_ACCOUNT_FAILURES; attempt++) {
			assertThat(attacker.signIn(this.account.email(), "guess number " + attempt + " of many")
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/login?error");
		}
		String wrongPage = failurePage(attacker);

		// from another address, so it is the account that is held back, not the client;
		// the first delay is one second, far longer than these requests take
		Browser owner = new Browser(this.mvc);
		MvcResult refused = owner.signIn(this.account.email(), this.account.password());

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(failurePage(owner)).as("the throttled answer says no more than a wrong password")
			.isEqualTo(wrongPage);
		assertThat(owner.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void anOverlongEmailAddressIsAnOrdinaryFailure() throws Exception {
		Browser browser = new Browser(this.mvc);
		MvcResult result = browser.signIn("x".repeat(2000) + "@example.org", "not the password at all 42");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(failurePage(browser)).contains(FAILED);
	}

	@Test
	void signingOutTakesAPostWithTheCsrfToken() throws Exception {
		Browser browser = signedInBrowser();
		String session = browser.cookie(Browser.SESSION_COOKIE).orElseThrow().getValue();

		MvcResult getLogout = browser.get("/logout");
		assertThat(getLogout.getResponse().getStatus()).isNotEqualTo(302);
		assertThat(browser.get("/").getResponse().getStatus()).as("still signed in after GET /logout").isEqualTo(200);

		MvcResult noToken = browser.perform(post("/logout"));
		assertThat(noToken.getResponse().getStatus()).isEqualTo(403);
		assertThat(browser.get("/").getResponse().getStatus()).as("still signed in after a POST without token")
			.isEqualTo(200);

		MvcResult logout = browser.submit("/", "/logout");
		assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/login?signedOut");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(signedIn(session)).as("the old session id after signing out").isFalse();
		assertThat(Browser.page(browser.get("/login?signedOut")).select("main").text()).contains("You are signed out.");
	}

	@Test
	void aPostWithoutCsrfTokenIsForbidden() throws Exception {
		Browser browser = signedInBrowser();
		MvcResult result = browser
			.perform(post("/account").param("displayName", "Changed without token").param("language", "en"));
		assertThat(result.getResponse().getStatus()).isEqualTo(403);

		Browser anonymous = new Browser(this.mvc);
		MvcResult login = anonymous
			.perform(post("/login").param("email", this.account.email()).param("password", this.account.password()));
		assertThat(login.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		MvcResult result = new Browser(this.mvc).get("/");
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	private Browser signedInBrowser() throws Exception {
		Browser browser = new Browser(this.mvc);
		assertThat(browser.signIn(this.account.email(), this.account.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		return browser;
	}

	/** The text of the page a failed sign-in leads to (without the form's token). */
	private static String failurePage(Browser browser) throws Exception {
		return Browser.page(browser.get("/login?error")).select("main").text();
	}

	/** Whether a request with only this session cookie is signed in. */
	private boolean signedIn(String sessionCookieValue) throws Exception {
		MvcResult result = this.mvc.perform(get("/").cookie(new Cookie(Browser.SESSION_COOKIE, sessionCookieValue)))
			.andReturn();
		return result.getResponse().getStatus() == 200;
	}

}
