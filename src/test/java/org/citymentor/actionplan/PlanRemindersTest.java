package org.citymentor.actionplan;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead of an action of an approved plan hears once per due date that an update is
 * expected, in their language, unless they switched the reminders off.
 */
@CityMentorTest
class PlanRemindersTest {

	@Autowired
	MonitoredPlans plans;

	@Autowired
	PlanReminders reminders;

	@Autowired
	FormFixtures fixtures;

	@Autowired
	GreenMail greenMail;

	@Test
	void aReminderIsSentOncePerDueDate() throws Exception {
		Monitored p = this.plans.create(LocalDate.of(2026, 2, 10));
		this.fixtures
			.as(p.f().mentee(),
					post("/account").param("displayName", p.f().mentee().displayName())
						.param("language", "nl")
						.param("formNotices", "true")
						.param("planReminders", "true"))
			.andExpect(status().isFound());

		this.reminders.send(LocalDate.of(2026, 5, 9));
		assertThat(mailsTo(p.f().mentee())).as("due on 10 May").isEmpty();

		this.reminders.send(LocalDate.of(2026, 5, 12));
		this.reminders.send(LocalDate.of(2026, 5, 13));
		List<MimeMessage> mails = mailsTo(p.f().mentee());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).startsWith("Tijd voor een update: Open a one-stop shop");
		assertThat((String) mails.get(0).getContent()).contains(p.progress()).contains("nooit");
	}

	@Test
	void noReminderForWhoeverSwitchedThemOff() throws Exception {
		Monitored p = this.plans.create(LocalDate.of(2026, 2, 10));
		this.fixtures
			.as(p.f().mentee(),
					post("/account").param("displayName", p.f().mentee().displayName())
						.param("language", "en")
						.param("formNotices", "true"))
			.andExpect(status().isFound());
		this.reminders.send(LocalDate.of(2026, 6, 1));
		assertThat(mailsTo(p.f().mentee())).isEmpty();
	}

	private List<MimeMessage> mailsTo(TestAccount account) throws Exception {
		return Mailbox.mailsTo(this.greenMail, account);
	}

}
