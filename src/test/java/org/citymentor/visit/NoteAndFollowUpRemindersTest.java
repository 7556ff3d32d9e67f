package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import org.citymentor.needs.FormFixture;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Three days after a held visit, members who wrote no notes are asked to; the day after a
 * follow-up's date, its owner hears it is not done. Once each, and not for those who
 * switched the kind off.
 */
@CityMentorTest
class NoteAndFollowUpRemindersTest {

	@Autowired
	CalendarFixtures calendars;

	@Autowired
	VisitReminders reminders;

	@Autowired
	VisitNotes notes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Test
	void membersWithoutNotesAreAskedThreeDaysAfterAHeldVisit() throws Exception {
		FormFixture f = this.calendars.group();
		long visit = this.calendars.visit(f, 1, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), VisitStatus.HELD);
		this.notes.save(f.groupId(), visit, f.mentor().id(), null, new VisitNote.Text("Seen a lot", null, null, null));
		switchOff(f.associationOfficer(), "noteReminders");

		this.reminders.send(LocalDate.of(2026, 3, 12));
		assertThat(mailsTo(f.mentee())).as("two days after: not yet").isEmpty();
		this.reminders.send(LocalDate.of(2026, 3, 13));
		this.reminders.send(LocalDate.of(2026, 3, 13));
		assertThat(mailsTo(f.mentee())).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).startsWith("Your notes on visit 1 of Forms test");
			assertThat((String) mail.getContent())
				.contains("/groups/" + f.groupId() + "/visits/" + visit + "/notes/mine");
		});
		assertThat(mailsTo(f.mentor())).as("wrote a note").isEmpty();
		assertThat(mailsTo(f.associationOfficer())).as("switched off").isEmpty();
	}

	@Test
	void theOwnerOfAFollowUpHearsTheDayAfterItsDateUnlessDone() throws Exception {
		FormFixture f = this.calendars.group();
		long visit = this.calendars.visit(f, 1, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2), VisitStatus.HELD);
		followUp(f, visit, "Invite the schools", f.mentee(), LocalDate.of(2026, 4, 20), false);
		followUp(f, visit, "Send the training material", f.mentor(), LocalDate.of(2026, 4, 20), true);
		followUp(f, visit, "Book the room", f.associationOfficer(), LocalDate.of(2026, 4, 20), false);
		switchOff(f.associationOfficer(), "followUpReminders");

		this.reminders.send(LocalDate.of(2026, 4, 20));
		assertThat(mailsTo(f.mentee())).as("on the day itself: not yet").isEmpty();
		this.reminders.send(LocalDate.of(2026, 4, 21));
		this.reminders.send(LocalDate.of(2026, 4, 21));
		assertThat(mailsTo(f.mentee())).singleElement()
			.satisfies(
					(mail) -> assertThat(mail.getSubject()).isEqualTo("Follow-up past its date: Invite the schools"));
		assertThat(mailsTo(f.mentor())).as("done").isEmpty();
		assertThat(mailsTo(f.associationOfficer())).as("switched off").isEmpty();
	}

	private void followUp(FormFixture f, long visit, String title, TestAccount owner, LocalDate due, boolean done) {
		this.jdbc.sql("""
				insert into follow_up (group_id, visit_id, title, owner_user_id, due_on, created_by, done_at)
				values (?, ?, ?, ?, ?, 'Test', ?)
				""")
			.params(f.groupId(), visit, title, owner.id(), due,
					done ? java.sql.Timestamp.valueOf("2026-04-19 10:00:00") : null)
			.update();
	}

	/** Saves the account page with every notice on except the one named. */
	private void switchOff(TestAccount who, String kind) throws Exception {
		var request = post("/account").param("displayName", who.displayName()).param("language", "en");
		for (String box : List.of("formNotices", "planReminders", "visitReminders", "noteReminders",
				"followUpReminders")) {
			if (!box.equals(kind)) {
				request.param(box, "true");
			}
		}
		this.calendars.requests().as(who, request).andExpect(status().isFound());
	}

	private List<MimeMessage> mailsTo(TestAccount account) throws Exception {
		return Mailbox.mailsTo(this.greenMail, account);
	}

}
