package org.citymentor.account;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.shared.security.Role;
import org.citymentor.support.Browser;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Forgot your password?": the e-mail, the link, the password rules, used and bad links.
 */
@CityMentorTest
class PasswordResetTest {

	private static final Pattern LINK = Pattern.compile("\\S*/password/reset\\?token=([A-Za-z0-9_-]+)");

	private static final String LINK_INVALID = "This link no longer works";

	/**
	 * Longer than bcrypt's 72 bytes (with accents, which take two bytes each), as a
	 * passphrase may well be.
	 */
	private static final String PASSPHRASE = "Négen blauwe reigers wachten geduldig aan de Dijle terwijl "
			+ "de beiaard speelt en de tram naar Oostende vertrekt";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private GreenMail greenMail;

	@Autowired
	private JdbcClient jdbc;

	private TestAccount account;

	@BeforeEach
	void createAccount() {
		this.account = TestAccount.create(this.accounts, "reset", Role.MEMBER);
	}

	@Test
	void theEmailedLinkLetsThePersonChooseANewPasswordOnce() throws Exception {
		Browser browser = new Browser(this.mvc);
		MvcResult requested = browser.submit("/password/forgot", "/password/forgot", "email", this.account.email());
		assertThat(requested.getResponse().getRedirectedUrl()).isEqualTo("/password/sent");

		List<MimeMessage> mails = mailsTo(this.account.email());
		assertThat(mails).hasSize(1);
		String link = link(mails.get(0));
		Document form = Browser.page(browser.get(link));
		assertThat(form.select("h1").text()).isEqualTo("Choose a new password");
		assertThat(form.select("input[name=token]").val()).isEqualTo(token(link));

		MvcResult changed = choose(browser, link, PASSPHRASE);
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(Browser.page(browser.get("/login")).select("main").text()).contains("Your new password is saved.");
		assertThat(new Browser(this.mvc).signIn(this.account.email(), PASSPHRASE).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(new Browser(this.mvc).signIn(this.account.email(), this.account.password())
			.getResponse()
			.getRedirectedUrl()).as("the old password").isEqualTo("/login?error");

		assertThat(Browser.page(browser.get(link)).select("h1").text()).isEqualTo(LINK_INVALID);
		assertThat(Browser.page(choose(new Browser(this.mvc), token(link), "another fine passphrase 7"))
			.select("h1")
			.text()).as("posting the used token again").isEqualTo(LINK_INVALID);
	}

	@Test
	void aShortPasswordIsRefusedNextToTheFieldAndInTheSummary() throws Exception {
		Browser browser = new Browser(this.mvc);
		String link = requestLink(browser);

		MvcResult result = choose(browser, link, "short but ok 1");

		assertRefused(result, "The password must be at least 15 characters long");
		assertThat(Browser.page(result).select("input[name=token]").val()).isEqualTo(token(link));
	}

	@Test
	void aCommonPasswordIsRefusedNextToTheFieldAndInTheSummary() throws Exception {
		Browser browser = new Browser(this.mvc);
		String link = requestLink(browser);

		assertRefused(choose(browser, link, "passwordpassword"), "This password is too easy to guess.");
		assertThat(Browser.page(browser.get(link)).select("h1").text()).as("the link still works")
			.isEqualTo("Choose a new password");
	}

	@Test
	void anUnknownAddressGetsTheSamePageAndNoMail() throws Exception {
		Browser known = new Browser(this.mvc);
		MvcResult knownResult = known.submit("/password/forgot", "/password/forgot", "email", this.account.email());
		String unknownEmail = TestAccount.uniqueEmail("nobody");
		Browser unknown = new Browser(this.mvc);
		MvcResult unknownResult = unknown.submit("/password/forgot", "/password/forgot", "email", unknownEmail);

		assertThat(unknownResult.getResponse().getRedirectedUrl())
			.isEqualTo(knownResult.getResponse().getRedirectedUrl());
		String sentPage = Browser.page(unknown.get("/password/sent")).select("main").text();
		assertThat(sentPage).contains("Check your e-mail");
		assertThat(sentPage).isEqualTo(Browser.page(known.get("/password/sent")).select("main").text());
		assertThat(mailsTo(unknownEmail)).isEmpty();
	}

	@Test
	void aTamperedLinkDoesNotWork() throws Exception {
		Browser browser = new Browser(this.mvc);
		String token = token(requestLink(browser));
		String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

		assertThat(Browser.page(browser.get("/password/reset?token=" + tampered)).select("h1").text())
			.isEqualTo(LINK_INVALID);
		assertThat(Browser.page(browser.get("/password/reset")).select("h1").text()).isEqualTo(LINK_INVALID);
		MvcResult posted = choose(browser, tampered, PASSPHRASE);
		assertThat(posted.getResponse().getStatus()).isEqualTo(200);
		assertThat(Browser.page(posted).select("h1").text()).isEqualTo(LINK_INVALID);
	}

	@Test
	void anExpiredLinkDoesNotWork() throws Exception {
		Browser browser = new Browser(this.mvc);
		String link = requestLink(browser);
		this.jdbc.sql("update password_reset_token set expires_at = now() - interval '1 minute' where user_id = ?")
			.param(this.account.id())
			.update();

		assertThat(Browser.page(browser.get(link)).select("h1").text()).isEqualTo(LINK_INVALID);
	}

	private String requestLink(Browser browser) throws Exception {
		browser.submit("/password/forgot", "/password/forgot", "email", this.account.email());
		List<MimeMessage> mails = mailsTo(this.account.email());
		assertThat(mails).hasSize(1);
		return link(mails.get(0));
	}

	/**
	 * Fills in the new-password form of the link (or of a bare token) with the password
	 * typed twice.
	 */
	private static MvcResult choose(Browser browser, String linkOrToken, String password) throws Exception {
		if (linkOrToken.contains("token=")) {
			return browser.submit(linkOrToken, "/password/reset", "token", token(linkOrToken), "password", password,
					"confirmation", password);
		}
		// a token that shows no form: post it as a hand-made form would, with the
		// session's CSRF token taken from another page
		String csrf = Browser.csrfToken(Browser.page(browser.get("/password/forgot")), "/password/forgot");
		return browser.perform(post("/password/reset").param("_csrf", csrf)
			.param("token", linkOrToken)
			.param("password", password)
			.param("confirmation", password));
	}

	private static void assertRefused(MvcResult result, String message) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Browser.page(result);
		assertThat(page.select(".govuk-error-summary a[href=#password]").text()).startsWith(message);
		assertThat(page.select("#password-error").text()).contains(message);
		assertThat(page.select("input#password").attr("aria-describedby")).contains("password-error");
	}

	private List<MimeMessage> mailsTo(String email) throws Exception {
		InternetAddress to = new InternetAddress(email);
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((mail) -> {
			try {
				Address[] recipients = mail.getAllRecipients();
				return recipients != null && Arrays.asList(recipients).contains(to);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The reset link of the e-mail, as a path of this app. */
	private static String link(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher((String) mail.getContent());
		assertThat(link.find()).as("a reset link in the e-mail").isTrue();
		return "/password/reset?token=" + link.group(1);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

}
