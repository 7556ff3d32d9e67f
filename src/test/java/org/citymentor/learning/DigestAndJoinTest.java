package org.citymentor.learning;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.learning.LearningFixture.Fixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The digest of new sessions, its switch, and the public request to join. */
@CityMentorTest
class DigestAndJoinTest {

	@Autowired
	LearningFixture fixtures;

	@Autowired
	SessionDigest digest;

	@Autowired
	GreenMail greenMail;

	@Autowired
	FormFixtures as;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewSessionIsAnnouncedOncePerPersonAndNotToThoseWhoSwitchedItOff() throws Exception {
		Fixture f = this.fixtures.create(true, null);
		this.as.as(f.memberB(), post("/account/session-digest")).andExpect(status().is3xxRedirection());

		this.digest.send(java.time.LocalDate.now());
		this.digest.send(java.time.LocalDate.now());

		String title = this.jdbc.sql("select title from group_meeting where id = ?")
			.param(f.sessionId())
			.query(String.class)
			.single();
		assertThat(digests(f.memberA())).hasSize(1);
		assertThat(digests(f.memberA()).get(0).getContent().toString()).contains(title);
		assertThat(digests(f.memberB())).isEmpty();
		assertThat(digests(f.outsider())).isEmpty();
		assertThat(this.as.page(f.memberB(), "/account")).contains("id=\"session-digest\"");
	}

	private java.util.List<MimeMessage> digests(TestAccount who) throws Exception {
		return Mailbox.mailsTo(this.greenMail, who)
			.stream()
			.filter((m) -> subject(m).startsWith("New learning-network sessions"))
			.toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aMunicipalityWithoutAnAccountAsksToJoinAndIsLimited() throws Exception {
		long vvsg = this.jdbc.sql("select id from organisation where name like 'VVSG%'").query(Long.class).single();
		String email = TestAccount.uniqueEmail("join");
		this.mvc.perform(get("/associations/" + vvsg + "/join")).andExpect(status().isOk());
		this.mvc.perform(get("/associations/999999999/join")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/associations/" + vvsg + "/join").with(csrf())
				.param("name", "")
				.param("municipality", "Zoersel")
				.param("email", "not-an-address"))
			.andExpect(status().isUnprocessableContent());
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/associations/" + vvsg + "/join").with(csrf()).with((request) -> {
				request.setRemoteAddr("10.9.8." + Math.abs(email.hashCode() % 200));
				return request;
			}).param("name", "Els Jacobs").param("municipality", "Zoersel").param("email", email))
				.andExpect(redirectedUrl("/associations/" + vvsg + "/join?sent"));
		}
		assertThat(this.mvc.perform(get("/associations/" + vvsg + "/join?sent"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Request sent").contains("VVSG");
		this.mvc
			.perform(post("/associations/" + vvsg + "/join").with(csrf())
				.param("name", "Els Jacobs")
				.param("municipality", "Zoersel")
				.param("email", email))
			.andExpect(status().isTooManyRequests());
		assertThat(this.as.page(coordinator(), "/programmes/" + samenleven() + "/join-requests")).contains(email);
	}

	private long samenleven() {
		return this.jdbc.sql("select id from programme where name = 'Plan Samenleven'").query(Long.class).single();
	}

	private TestAccount coordinator() {
		long id = this.jdbc.sql("select id from app_user where email = 'coordinator@vvsg.example.org'")
			.query(Long.class)
			.single();
		return new TestAccount(id, "coordinator@vvsg.example.org", "Pieter Janssens", null);
	}

}
