package org.citymentor.account;

import org.citymentor.shared.security.Role;
import org.citymentor.shared.web.LanguageResolver;
import org.citymentor.support.Browser;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The person's own account page: name, language and password. */
@CityMentorTest
class AccountPageTest {

	private static final String NEW_PASSWORD = "copper kettles sing at dawn 58";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MyAccount myAccount;

	private TestAccount account;

	private Browser browser;

	@BeforeEach
	void signIn() throws Exception {
		this.account = TestAccount.create(this.accounts, "account-page", Role.MEMBER);
		this.browser = new Browser(this.mvc);
		assertThat(this.browser.signIn(this.account.email(), this.account.password()).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void showsTheEmailAddress() throws Exception {
		Document page = Browser.page(this.browser.get("/account"));
		assertThat(page.select(".govuk-summary-list__value").text()).isEqualTo(this.account.email());
		assertThat(page.select("input#displayName").val()).isEqualTo(this.account.displayName());
	}

	@Test
	void aNewNameAndDutchAreSavedAndShown() throws Exception {
		MvcResult saved = this.browser.submit("/account", "/account", "displayName", "  Anna De Vries ", "language",
				"nl", "formNotices", "true");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account");

		Document page = Browser.page(this.browser.get("/account"));
		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertThat(page.select("h1").text()).isEqualTo("Je account");
		assertThat(page.select(".govuk-notification-banner").text()).contains("Je account is bewaard.");
		assertThat(page.select("input#displayName").val()).isEqualTo("Anna De Vries");
		assertThat(page.select("input[name=language][value=nl]").hasAttr("checked")).isTrue();
		assertThat(this.myAccount.profile(this.account.id())).isEqualTo(
				new MyAccount.Profile(this.account.email(), "Anna De Vries", "nl", true, false, false, false, false));
		assertThat(Browser.page(this.browser.get("/")).select("h1").text()).as("the greeting on the home page")
			.isEqualTo("Welkom, Anna De Vries");

		// a new sign-in, from a browser without the language cookie, is in Dutch too
		Browser elsewhere = new Browser(this.mvc);
		elsewhere.signIn(this.account.email(), this.account.password());
		assertThat(elsewhere.cookie(LanguageResolver.COOKIE).orElseThrow().getValue()).isEqualTo("nl");
		assertThat(Browser.page(elsewhere.get("/")).select("html").attr("lang")).isEqualTo("nl");
	}

	@Test
	void anEmptyNameIsRefusedAndTheChosenLanguageKept() throws Exception {
		MvcResult result = this.browser.submit("/account", "/account", "displayName", "  ", "language", "nl");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Browser.page(result);
		assertThat(page.select(".govuk-error-summary a[href=#displayName]").text()).isEqualTo("Enter your name");
		assertThat(page.select("#displayName-error").text()).contains("Enter your name");
		assertThat(page.select("input[name=language][value=nl]").hasAttr("checked")).isTrue();
		assertThat(page.select("input[name=language][value=en]").hasAttr("checked")).isFalse();
		assertThat(page.select(".govuk-summary-list__value").text()).isEqualTo(this.account.email());
		assertThat(this.myAccount.profile(this.account.id()).language()).as("nothing saved").isEqualTo("en");
	}

	@Test
	void changingThePasswordTakesTheCurrentOne() throws Exception {
		MvcResult refused = this.browser.submit("/account/password", "/account/password", "currentPassword",
				"not my current password", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		Document page = Browser.page(refused);
		assertThat(page.select(".govuk-error-summary a[href=#currentPassword]").text())
			.isEqualTo("The current password is not right");
		assertThat(page.select("#currentPassword-error").text()).contains("The current password is not right");
		assertThat(this.myAccount.isCurrentPassword(this.account.id(), this.account.password())).isTrue();

		MvcResult changed = this.browser.submit("/account/password", "/account/password", "currentPassword",
				this.account.password(), "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(Browser.page(this.browser.get("/account")).select(".govuk-notification-banner").text())
			.contains("Your password has been changed.");
		assertThat(this.myAccount.isCurrentPassword(this.account.id(), NEW_PASSWORD)).isTrue();
		assertThat(this.myAccount.isCurrentPassword(this.account.id(), this.account.password())).isFalse();
	}

	@Test
	void aNewPasswordMustFollowTheRulesAndBeTypedTwiceAlike() throws Exception {
		MvcResult tooShort = this.browser.submit("/account/password", "/account/password", "currentPassword",
				this.account.password(), "password", "too short 1", "confirmation", "too short 1");
		assertThat(Browser.page(tooShort).select("#password-error").text())
			.contains("The password must be at least 15 characters long");

		MvcResult mismatch = this.browser.submit("/account/password", "/account/password", "currentPassword",
				this.account.password(), "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "!");
		assertThat(Browser.page(mismatch).select("#confirmation-error").text())
			.contains("The two passwords are not the same");
		assertThat(this.myAccount.isCurrentPassword(this.account.id(), this.account.password())).isTrue();
	}

}
