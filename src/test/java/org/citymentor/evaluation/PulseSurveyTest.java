package org.citymentor.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.citymentor.shared.DisplayZone;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.Mailbox;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class PulseSurveyTest {

	/**
	 * The app's "today" is a day in its own zone, not in the JVM's (they differ around
	 * midnight).
	 */
	@Autowired
	DisplayZone zone;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	FormFixtures forms;

	@Autowired
	PulseSurveys surveys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Test
	void theCoordinatorSchedulesASurveyAndTheMembersAreInvitedOnce() throws Exception {
		FormFixture f = this.fixtures.group();
		this.forms
			.as(this.fixtures.coordinator(),
					post("/groups/" + f.groupId() + "/pulse-surveys").param("moment", "MIDWAY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no half-way point")));
		this.forms
			.as(this.fixtures.coordinator(),
					post("/groups/" + f.groupId() + "/pulse-surveys").param("moment", "DATE")
						.param("openDay", "31")
						.param("openMonth", "2")
						.param("openYear", "2030"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"31\"")));
		this.forms.as(f.mentee(), post("/groups/" + f.groupId() + "/pulse-surveys").param("moment", "DATE"))
			.andExpect(status().isForbidden());
		this.forms.as(f.outsider(), get("/groups/" + f.groupId() + "/pulse-surveys/new"))
			.andExpect(status().isNotFound());

		LocalDate today = LocalDate.now(this.zone.zone());
		this.forms
			.as(this.fixtures.coordinator(),
					post("/groups/" + f.groupId() + "/pulse-surveys").param("moment", "DATE")
						.param("openDay", String.valueOf(today.getDayOfMonth()))
						.param("openMonth", String.valueOf(today.getMonthValue()))
						.param("openYear", String.valueOf(today.getYear())))
			.andExpect(status().is3xxRedirection());
		assertThat(Mailbox.mailsTo(this.greenMail, f.mentee())).hasSize(1);
		assertThat(Mailbox.mailsTo(this.greenMail, f.mentee()).get(0).getSubject()).contains("A short survey");
		assertThat(Mailbox.mailsTo(this.greenMail, f.mentor())).hasSize(1);
		assertThat(Mailbox.mailsTo(this.greenMail, f.outsider())).isEmpty();
		this.surveys.inviteDue();
		assertThat(Mailbox.mailsTo(this.greenMail, f.mentee())).as("invited once").hasSize(1);
	}

	@Test
	void eachPersonAnswersOnce() throws Exception {
		FormFixture f = this.fixtures.group();
		long survey = this.surveys.schedule(f.groupId(), PulseSurveys.Moment.DATE, null,
				LocalDate.now(this.zone.zone()), "Test");
		String base = "/groups/" + f.groupId() + "/pulse-surveys/" + survey;
		this.forms.as(f.mentee(), post(base + "/answers").param("USEFUL", "9").param("openAnswer", "Kept text"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kept text")));
		this.forms.as(f.mentee(), answer(post(base + "/answers"), 4, "First"))
			.andExpect(flash().attribute("notice", "evaluation.pulse.notice.answered"));
		this.forms.as(f.mentee(), answer(post(base + "/answers"), 1, "Second"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "evaluation.pulse.notice.alreadyAnswered"));
		assertThat(this.jdbc.sql("select count(*) from pulse_answer where survey_id = ?")
			.param(survey)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.surveys.answer(survey, f.mentee().id(),
				java.util.Map.of(PulseSurveys.Question.USEFUL, 1, PulseSurveys.Question.HEARD, 1,
						PulseSurveys.Question.PROGRESS, 1, PulseSurveys.Question.ENERGY, 1),
				null))
			.as("the database refuses a second answer too")
			.isFalse();
		this.forms.as(this.fixtures.coordinator(), answer(post(base + "/answers"), 4, "Coordinator"))
			.andExpect(status().isForbidden());
	}

	@Test
	void resultsAreWithheldBelowFiveAnswersAndShownTakenTogetherFromFive() throws Exception {
		FormFixture f = this.fixtures.group();
		List<TestAccount> people = new ArrayList<>(List.of(f.mentee(), f.associationOfficer(), f.mentor()));
		people.addAll(this.fixtures.moreMembers(f, 2));
		long survey = this.surveys.schedule(f.groupId(), PulseSurveys.Moment.DATE, null,
				LocalDate.now(this.zone.zone()), "Test");
		String base = "/groups/" + f.groupId() + "/pulse-surveys/" + survey;
		for (int i = 0; i < 4; i++) {
			this.forms.as(people.get(i), answer(post(base + "/answers"), i + 1, "Open answer number " + i))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.surveys.results(survey).withheld()).isTrue();
		for (TestAccount viewer : List.of(this.fixtures.coordinator(), f.mentee())) {
			this.forms.as(viewer, get(base))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Too few answers to show without identifying people")))
				.andExpect(content().string(not(containsString("Open answer number"))))
				.andExpect(content().string(not(containsString("Average"))));
		}

		this.forms.as(people.get(4), answer(post(base + "/answers"), 5, "Open answer number 4"))
			.andExpect(status().is3xxRedirection());
		PulseSurveys.Results results = this.surveys.results(survey);
		assertThat(results.withheld()).isFalse();
		assertThat(results.questions().get(PulseSurveys.Question.USEFUL).average()).isEqualTo(3.0);
		assertThat(results.questions().get(PulseSurveys.Question.USEFUL).distribution()).containsExactly(1, 1, 1, 1, 1);
		String page = this.forms.page(this.fixtures.coordinator(), base);
		assertThat(page).contains("Open answer number 0", "Open answer number 4", "Average 3.0 from 5 answers")
			.doesNotContain("Too few answers")
			.doesNotContain(f.mentee().displayName());
	}

	private static MockHttpServletRequestBuilder answer(MockHttpServletRequestBuilder request, int score, String open) {
		return request.param("USEFUL", String.valueOf(score))
			.param("HEARD", "3")
			.param("PROGRESS", "4")
			.param("ENERGY", "5")
			.param("openAnswer", open);
	}

}
