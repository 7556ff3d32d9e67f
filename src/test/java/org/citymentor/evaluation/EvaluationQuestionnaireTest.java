package org.citymentor.evaluation;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class EvaluationQuestionnaireTest {

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	FormFixtures forms;

	@Autowired
	Evaluations evaluations;

	@Test
	void submittingNeedsTheMainAnswersAndKeepsWhatWasTyped() throws Exception {
		FormFixture f = this.fixtures.group();
		String path = EvaluationFixtures.mentee(f);
		this.forms
			.as(f.mentee(),
					post(path).param("submit", "true")
						.param("helped", "The second visit <b>helped</b>")
						.param("scoreUsefulness", "4")
						.param("version", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The second visit &lt;b&gt;helped&lt;/b&gt;")))
			.andExpect(content().string(containsString("Say what changed in your policy and practice")))
			.andExpect(content().string(containsString("href=\"#scoreRelation\"")))
			.andExpect(content().string(containsString("id=\"scoreUsefulness-4\" value=\"4\" checked")));
		assertThat(this.evaluations.find(f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE)).isEmpty();

		this.forms.as(f.mentee(), post(path).param("scoreUsefulness", "7").param("version", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose a level from 1 to 5")));
	}

	@Test
	void aDraftIsSavedIncompleteThenSubmittedAndThenReadOnly() throws Exception {
		FormFixture f = this.fixtures.group();
		String path = EvaluationFixtures.mentee(f);
		this.forms.as(f.mentee(), post(path).param("policyChanges", "A welcome desk").param("version", "-1"))
			.andExpect(redirectedUrl(path));
		Evaluation draft = this.evaluations.find(f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE)
			.orElseThrow();
		assertThat(draft.submitted()).isFalse();
		assertThat(draft.input().policyChanges()).isEqualTo("A welcome desk");

		this.forms.as(f.mentee(), submitted(post(path), draft.version()))
			.andExpect(redirectedUrl(EvaluationFixtures.base(f)));
		Evaluation done = this.evaluations.find(f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE)
			.orElseThrow();
		assertThat(done.submitted()).isTrue();
		assertThat(done.input().score(EvaluationInput.Scale.POLICY)).isEqualTo(3);

		assertThat(this.forms.page(f.mentor(), path)).contains("More listening", "3 – Moderately")
			.doesNotContain("Submit the evaluation");
		this.forms.as(f.mentee(), submitted(post(path), done.version()))
			.andExpect(redirectedUrl(path))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "evaluation.notice.alreadySubmitted"));
	}

	@Test
	void twoPeopleSavingTheSameDraftDoNotOverwriteEachOther() throws Exception {
		FormFixture f = this.fixtures.group();
		String path = EvaluationFixtures.mentee(f);
		this.forms.as(f.mentee(), post(path).param("policyChanges", "First").param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		this.forms.as(f.mentee(), post(path).param("policyChanges", "Second").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.forms.as(f.mentee(), post(path).param("policyChanges", "Stale text").param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Stale text")));
		assertThat(this.evaluations.find(f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE)
			.orElseThrow()
			.input()
			.policyChanges()).isEqualTo("Second");
	}

	@Test
	void theMentorSideGivesTheTimeItCostAsANumberOfZeroOrMore() throws Exception {
		FormFixture f = this.fixtures.group();
		String path = EvaluationFixtures.mentor(f);
		this.forms
			.as(f.mentor(),
					scores(post(path)).param("submit", "true")
						.param("learned", "Listening")
						.param("timeAmount", "-3")
						.param("timeUnit", "HOURS")
						.param("mentorAgain", "YES")
						.param("version", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"-3\"")))
			.andExpect(content().string(containsString("Give the time as a number of 0 or more")));
		this.forms
			.as(f.mentor(),
					scores(post(path)).param("submit", "true")
						.param("learned", "Listening")
						.param("timeAmount", "12,5")
						.param("timeUnit", "DAYS")
						.param("mentorAgain", "MAYBE")
						.param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		Evaluation saved = this.evaluations.find(f.groupId(), f.mentorParticipant(), EvaluationSide.MENTOR)
			.orElseThrow();
		assertThat(saved.input().timeAmount()).isEqualByComparingTo("12.5");
		assertThat(saved.input().timeUnit()).isEqualTo(Evaluation.TimeUnit.DAYS);
		assertThat(this.forms.page(f.mentee(), EvaluationFixtures.base(f))).contains("Submitted");
	}

	@Test
	void draftsStayWithTheirOrganisationAndOutsidersSeeNothing() throws Exception {
		FormFixture f = this.fixtures.group();
		String path = EvaluationFixtures.mentee(f);
		this.forms.as(f.mentee(), post(path).param("policyChanges", "Secret draft").param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		this.forms.as(this.fixtures.coordinator(), get(path)).andExpect(status().isForbidden());
		this.forms.as(f.mentor(), get(path)).andExpect(status().isForbidden());
		this.forms.as(f.mentor(), post(path).param("policyChanges", "x")).andExpect(status().isForbidden());
		this.forms.as(f.outsider(), get(path)).andExpect(status().isNotFound());
		this.forms.as(f.outsider(), get(EvaluationFixtures.base(f))).andExpect(status().isNotFound());
		this.forms.as(this.fixtures.coordinator(), get(EvaluationFixtures.base(f)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft")))
			.andExpect(content().string(not(containsString("Secret draft"))));
		this.forms
			.as(f.mentee(), get(EvaluationFixtures.base(f) + "/participants/" + f.menteeParticipant() + "/mentor"))
			.andExpect(status().isNotFound());

		Evaluation draft = this.evaluations.find(f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE)
			.orElseThrow();
		this.forms.as(f.mentee(), submitted(post(path), draft.version())).andExpect(status().is3xxRedirection());
		this.forms.as(this.fixtures.coordinator(), get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("More listening")));
	}

	private static MockHttpServletRequestBuilder scores(MockHttpServletRequestBuilder request) {
		return request.param("scoreUsefulness", "4")
			.param("scoreRelation", "5")
			.param("scorePolicy", "3")
			.param("scorePractice", "2");
	}

	private static MockHttpServletRequestBuilder submitted(MockHttpServletRequestBuilder request, long version) {
		return scores(request).param("submit", "true")
			.param("policyChanges", "More listening to residents")
			.param("version", String.valueOf(version));
	}

}
