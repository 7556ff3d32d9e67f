package org.citymentor.needs;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group hears by e-mail when a needs analysis is shared or commented on, with a link
 * and never the answers; whoever switched these notices off hears nothing.
 */
@CityMentorTest
class NeedsAnalysisNoticesTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	GreenMail greenMail;

	@Test
	void sharingAndCommentingTellTheOthersUnlessTheySaidNo() throws Exception {
		FormFixture f = this.fixtures.create();
		as(f.associationOfficer(),
				post("/account").param("displayName", f.associationOfficer().displayName()).param("language", "en"))
			.andExpect(status().isFound());
		as(f.mentee(), post(f.needsAnalysis() + "/parts/A").param("a.challenge", "A confidential answer"))
			.andExpect(status().isFound());
		as(f.mentee(), post(f.needsAnalysis() + "/share").param("shared", "true")).andExpect(status().isFound());

		List<MimeMessage> toMentor = mailsTo(f.mentor());
		assertThat(toMentor).hasSize(1);
		assertThat(toMentor.get(0).getSubject()).startsWith("Draft needs analysis of Mentee town");
		String body = (String) toMentor.get(0).getContent();
		assertThat(body).contains(f.needsAnalysis()).doesNotContain("A confidential answer");
		assertThat(mailsTo(f.mentee())).as("not to the one who acted").isEmpty();
		assertThat(mailsTo(f.associationOfficer())).as("switched off on the account page").isEmpty();

		as(f.mentor(), post(f.needsAnalysis() + "/comments").param("question", "challenge").param("body", "Why?"))
			.andExpect(status().isFound());
		assertThat(mailsTo(f.mentee())).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("New comment on the needs analysis"));
		assertThat(mailsTo(f.associationOfficer())).isEmpty();
	}

	private List<MimeMessage> mailsTo(TestAccount account) throws Exception {
		return Mailbox.mailsTo(this.greenMail, account);
	}

	private ResultActions as(TestAccount who, MockHttpServletRequestBuilder request) throws Exception {
		return this.fixtures.as(who, request);
	}

}
