package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.citymentor.actionplan.MonitoredPlans;
import org.citymentor.actionplan.MonitoredPlans.Monitored;
import org.citymentor.actionplan.PlanReminders;
import org.citymentor.needs.FormFixture;
import org.citymentor.support.AtTheSameMoment;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database run the daily reminders at the same moment: each
 * reminder is claimed in the database before it is sent, so everyone hears once
 * (scripts/two-instances-check.sh checks the same with two real instances).
 */
@CityMentorTest
class RemindersOnTwoInstancesTest {

	@Autowired
	CalendarFixtures calendars;

	@Autowired
	VisitReminders reminders;

	@Autowired
	PlanReminders planReminders;

	@Autowired
	MonitoredPlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Test
	void twoInstancesSendingTheSameDaysRemindersAtOnceSendEachOnce() throws Exception {
		FormFixture f = this.calendars.group();
		LocalDate today = LocalDate.of(2031, 9, 14);
		long visit = this.calendars.visit(f, 1, today.plusDays(2), today.plusDays(3), VisitStatus.CONFIRMED);
		for (TestAccount owner : List.of(f.mentee(), f.mentor())) {
			this.jdbc.sql("""
					insert into follow_up (group_id, visit_id, title, owner_user_id, due_on, created_by)
					values (?, ?, 'Send the minutes', ?, ?, 'Test')
					""").params(f.groupId(), visit, owner.id(), today.minusDays(1)).update();
		}

		List<Integer> sent = AtTheSameMoment.run(2, () -> this.reminders.send(today));

		assertThat(sent.get(0) + sent.get(1)).as("sent by both instances together").isEqualTo(5);
		assertThat(subjects(f.mentee())).hasSize(2)
			.anyMatch((s) -> s.contains("in 2 days"))
			.anyMatch((s) -> s.contains("Send the minutes"));
		assertThat(subjects(f.mentor())).hasSize(2);
		assertThat(subjects(f.associationOfficer())).as("a member without follow-ups").hasSize(1);
	}

	@Test
	void twoInstancesSendingTheActionPlanRemindersAtOnceSendEachOnce() throws Exception {
		// approved on 10 February: the first update is due on 10 May
		Monitored p = this.plans.create(LocalDate.of(2031, 2, 10));

		AtTheSameMoment.run(2, () -> this.planReminders.send(LocalDate.of(2031, 5, 12)));

		assertThat(subjects(p.f().mentee())).singleElement()
			.satisfies((s) -> assertThat(s).startsWith("Time for an update: Open a one-stop shop"));
	}

	private List<String> subjects(TestAccount who) throws Exception {
		return Mailbox.mailsTo(this.greenMail, who).stream().map((mail) -> {
			try {
				return mail.getSubject();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
