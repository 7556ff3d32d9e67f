package org.citymentor.learning;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.support.BrowserTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of Herent, a VVSG municipality outside action 22, finds Mechelen's next
 * session, registers, gets the calendar invitation by e-mail, and reads the materials of
 * the session Mechelen held last month. Every page passes axe.
 */
class LearningSessionBrowserTest extends BrowserTest {

	private static final String OFFICER = "officer@herent.example.org";

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerOutsideTheActionFindsRegistersAndReadsTheMaterials() throws Exception {
		signIn(OFFICER);
		visit("/learning-sessions");
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Learning network 2")));
		checkAccessibility();
		assertThat(this.page.locator("main h1").textContent()).contains("caretakers as first contact");
		assertThat(this.page.locator("main").textContent()).doesNotContain("https://meet.example.org/action-22");

		submitAndWait(this.page.locator("main form[action$='/registrations'] button").first());
		checkAccessibility();
		assertThat(this.page.locator(".govuk-notification-banner").textContent()).contains("ingeschreven");
		assertThat(this.page.locator("main a[href='https://meet.example.org/action-22']").count()).isEqualTo(1);

		long id = this.jdbc.sql("select id from app_user where email = ?").param(OFFICER).query(Long.class).single();
		List<MimeMessage> mails = Mailbox.mailsTo(this.greenMail, new TestAccount(id, OFFICER, "Evi Wouters", null));
		MimeMessage confirmation = mails.stream()
			.filter((m) -> subject(m).startsWith("Je bent ingeschreven"))
			.findFirst()
			.orElseThrow();
		assertThat(RegistrationRulesTest.calendarAttachment(confirmation)).contains("BEGIN:VEVENT")
			.contains("caretakers as first contact")
			.contains("https://meet.example.org/action-22");

		visit("/learning-sessions");
		submitAndWait(this.page.locator("main a", new Page.LocatorOptions().setHasText("Learning network 1")));
		checkAccessibility();
		Locator main = this.page.locator("main");
		assertThat(main.textContent()).contains("Slides: the weekly café in Vrijbroek",
				"Model agreement with the housing company", "Who pays for the coffee");
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
