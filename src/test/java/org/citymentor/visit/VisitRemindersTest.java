package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.needs.FormFixture;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The members of a group hear of a visit 14 and 2 days before it starts, once each even
 * when the job runs twice, in their language, unless they switched these reminders off.
 */
@CityMentorTest
class VisitRemindersTest {

	@Autowired
	CalendarFixtures calendars;

	@Autowired
	VisitReminders reminders;

	@Autowired
	GreenMail greenMail;

	@Test
	void membersHearOfAVisit14And2DaysBeforeOnceEach() throws Exception {
		FormFixture f = this.calendars.group();
		long visit = this.calendars.visit(f, 2, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 21),
				VisitStatus.CONFIRMED);
		settings(f.mentee(), "nl", true);

		this.reminders.send(LocalDate.of(2026, 5, 5));
		assertThat(mailsTo(f.mentee())).as("15 days before").isEmpty();

		this.reminders.send(LocalDate.of(2026, 5, 6));
		this.reminders.send(LocalDate.of(2026, 5, 6));
		List<MimeMessage> mentee = mailsTo(f.mentee());
		assertThat(mentee).as("once, though the job ran twice").hasSize(1);
		assertThat(mentee.get(0).getSubject()).startsWith("Bezoek 2 van Forms test ").endsWith("over 14 dagen");
		assertThat((String) mentee.get(0).getContent()).contains("20 mei 2026")
			.contains("Town hall, room 2")
			.contains("http://localhost:8080/groups/" + f.groupId() + "/visits/" + visit);
		List<MimeMessage> mentor = mailsTo(f.mentor());
		assertThat(mentor).hasSize(1);
		assertThat(mentor.get(0).getSubject()).startsWith("Visit 2 of Forms test ").endsWith("in 14 days");
		assertThat(mailsTo(f.outsider())).isEmpty();

		this.reminders.send(LocalDate.of(2026, 5, 18));
		this.reminders.send(LocalDate.of(2026, 5, 18));
		assertThat(mailsTo(f.mentee())).hasSize(2);
		assertThat(mailsTo(f.mentee()).get(1).getSubject()).endsWith("over 2 dagen");
		assertThat(mailsTo(f.mentor())).hasSize(2);
	}

	@Test
	void noReminderForWhoeverSwitchedThemOffNorForACancelledVisit() throws Exception {
		FormFixture f = this.calendars.group();
		this.calendars.visit(f, 1, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15), VisitStatus.PLANNED);
		this.calendars.visit(f, 2, LocalDate.of(2026, 8, 19), LocalDate.of(2026, 8, 19), VisitStatus.CANCELLED);
		settings(f.mentee(), "en", false);

		this.reminders.send(LocalDate.of(2026, 7, 1));
		assertThat(mailsTo(f.mentee())).as("switched off").isEmpty();
		assertThat(mailsTo(f.mentor())).hasSize(1);
		assertThat((String) mailsTo(f.mentor()).get(0).getContent()).as("a one-day visit")
			.contains("takes place on July 15, 2026.");

		this.reminders.send(LocalDate.of(2026, 8, 5));
		assertThat(mailsTo(f.mentor())).as("the cancelled visit").hasSize(1);
	}

	private void settings(TestAccount who, String language, boolean visitReminders) throws Exception {
		var request = post("/account").param("displayName", who.displayName())
			.param("language", language)
			.param("formNotices", "true");
		if (visitReminders) {
			request.param("visitReminders", "true");
		}
		this.calendars.requests().as(who, request).andExpect(status().isFound());
	}

	private List<MimeMessage> mailsTo(TestAccount account) throws Exception {
		return Mailbox.mailsTo(this.greenMail, account);
	}

}
