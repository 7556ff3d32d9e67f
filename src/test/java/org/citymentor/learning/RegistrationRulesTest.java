package org.citymentor.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.learning.LearningFixture.Fixture;
import org.citymentor.learning.Registrations.Outcome;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Places, the waiting list and the e-mails that go with them. */
@CityMentorTest
class RegistrationRulesTest {

	@Autowired
	LearningFixture fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	GreenMail greenMail;

	@Test
	void twoPeopleTakingTheLastPlaceAtTheSameTimeOneGetsIt() throws Exception {
		for (int round = 0; round < 3; round++) {
			Fixture f = this.fixtures.create(true, 1);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Outcome>> results = new ArrayList<>();
				for (TestAccount who : List.of(f.memberA(), f.memberB())) {
					results.add(pool.submit(() -> {
						start.await();
						return this.registrations.register(f.sessionId(), List.of(who.id()), who.id()).get(who.id());
					}));
				}
				start.countDown();
				List<Outcome> outcomes = new ArrayList<>();
				for (Future<Outcome> result : results) {
					outcomes.add(result.get());
				}
				assertThat(outcomes).containsExactlyInAnyOrder(Outcome.REGISTERED, Outcome.WAITING);
				assertThat(this.registrations.of(f.sessionId())).filteredOn((r) -> !r.waiting()).hasSize(1);
			}
			finally {
				pool.shutdown();
			}
		}
	}

	@Test
	void aFreedPlaceGoesToTheFirstWaitingWhoGetsTheInvitation() throws Exception {
		Fixture f = this.fixtures.create(true, 1);
		assertThat(register(f, f.memberA())).isEqualTo(Outcome.REGISTERED);
		assertThat(register(f, f.memberB())).isEqualTo(Outcome.WAITING);
		assertThat(register(f, f.memberC())).isEqualTo(Outcome.WAITING);
		assertThat(register(f, f.memberB())).isEqualTo(Outcome.ALREADY);

		assertThat(this.registrations.cancel(f.sessionId(), f.memberA().id())).isTrue();

		assertThat(this.registrations.statusOf(f.sessionId(), f.memberA().id())).isNull();
		assertThat(this.registrations.statusOf(f.sessionId(), f.memberB().id())).isEqualTo("REGISTERED");
		assertThat(this.registrations.statusOf(f.sessionId(), f.memberC().id())).isEqualTo("WAITING");
		List<MimeMessage> mails = Mailbox.mailsTo(this.greenMail, f.memberB());
		assertThat(mails).extracting(MimeMessage::getSubject)
			.anyMatch((s) -> s.startsWith("On the waiting list"))
			.anyMatch((s) -> s.startsWith("A place freed up for you"));
		MimeMessage promoted = mails.stream()
			.filter((m) -> subject(m).startsWith("A place freed up"))
			.findFirst()
			.orElseThrow();
		assertThat(calendarAttachment(promoted)).contains("BEGIN:VEVENT").contains("https://meet.example.org/x");
	}

	@Test
	void theConfirmationCarriesTheCalendarInvitation() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		register(f, f.memberA());
		MimeMessage mail = Mailbox.mailsTo(this.greenMail, f.memberA()).get(0);
		assertThat(mail.getSubject()).startsWith("You are registered");
		assertThat(calendarAttachment(mail)).contains("SUMMARY:" + "Session")
			.contains("/learning-sessions/" + f.sessionId());
	}

	@Test
	void loweringTheCapacityMovesTheLastRegisteredToTheWaitingListAndTellsThem() throws Exception {
		Fixture f = this.fixtures.create(true, 5);
		register(f, f.memberA());
		register(f, f.memberB());
		register(f, f.memberC());

		assertThat(this.registrations.changeCapacity(f.sessionId(), 1)).isEqualTo(2);

		assertThat(this.registrations.statusOf(f.sessionId(), f.memberA().id())).isEqualTo("REGISTERED");
		assertThat(this.registrations.statusOf(f.sessionId(), f.memberB().id())).isEqualTo("WAITING");
		assertThat(this.registrations.statusOf(f.sessionId(), f.memberC().id())).isEqualTo("WAITING");
		assertThat(Mailbox.mailsTo(this.greenMail, f.memberC())).extracting(MimeMessage::getSubject)
			.anyMatch((s) -> s.startsWith("Moved to the waiting list"));
		assertThat(Mailbox.mailsTo(this.greenMail, f.memberA())).extracting(MimeMessage::getSubject)
			.noneMatch((s) -> s.startsWith("Moved"));

		this.registrations.changeCapacity(f.sessionId(), 2);
		assertThat(this.registrations.statusOf(f.sessionId(), f.memberB().id())).isEqualTo("REGISTERED");
		assertThat(this.registrations.statusOf(f.sessionId(), f.memberC().id())).isEqualTo("WAITING");
	}

	@Test
	void aCancelledSessionTellsEveryoneAndTakesNoMoreRegistrations() throws Exception {
		Fixture f = this.fixtures.create(true, 1);
		register(f, f.memberA());
		register(f, f.memberB());

		this.registrations.cancelSession(f.sessionId());

		for (TestAccount who : List.of(f.memberA(), f.memberB())) {
			assertThat(Mailbox.mailsTo(this.greenMail, who)).extracting(MimeMessage::getSubject)
				.anyMatch((s) -> s.startsWith("Cancelled:"));
		}
		assertThatThrownBy(() -> register(f, f.memberC())).isInstanceOf(SessionClosedException.class);
	}

	@Test
	void nobodyRegistersAfterTheDeadline() {
		Fixture f = this.fixtures.create(true, null, java.time.LocalDate.now().minusDays(1));
		assertThatThrownBy(() -> register(f, f.memberA())).isInstanceOfSatisfying(SessionClosedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(Registrations.Closed.PAST_DEADLINE));
	}

	private Outcome register(Fixture f, TestAccount who) {
		Map<Long, Outcome> outcomes = this.registrations.register(f.sessionId(), List.of(who.id()), who.id());
		return outcomes.get(who.id());
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String calendarAttachment(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no calendar attachment");
	}

}
