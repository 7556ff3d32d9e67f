package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citymentor.actionplan.ActionPlans;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormVersions;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class VisitOutcomeTest {

	@Autowired
	private VisitFixtures visits;

	@Autowired
	private FormFixtures forms;

	@Autowired
	private VisitOutcomes outcomes;

	@Autowired
	private ActionPlans plans;

	@Autowired
	private DraftAnswers drafts;

	@Autowired
	private FormVersions versions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theOutcomeLinksThePlanVersionMadeAtTheVisitOnceItTookPlace() throws Exception {
		VisitFixtures.Made coming = this.visits.create(LocalDate.now().plusDays(30), VisitStatus.CONFIRMED);
		this.forms.as(coming.f().mentee(), get(coming.base() + "/outcome")).andExpect(redirectedUrl(coming.base()));
		this.forms.as(coming.f().mentee(), post(coming.base() + "/outcome").param("learned", "Too early"))
			.andExpect(redirectedUrl(coming.base()));
		assertThat(this.outcomes.of(coming.visitId())).isEmpty();

		VisitFixtures.Made held = this.visits.create(LocalDate.now().plusDays(30), VisitStatus.HELD);
		long versionId = submittedPlanVersion(held);
		assertThat(this.forms.page(held.f().mentor(), held.base() + "/outcome")).contains("Action plan of Mentee town")
			.contains("version 1");
		this.forms
			.as(held.f().mentor(),
					post(held.base() + "/outcome").param("learned", "Much to learn")
						.param("planVersionId", "999999999")
						.param("version", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Much to learn")));
		this.forms
			.as(held.f().mentor(),
					post(held.base() + "/outcome").param("learned", "Newcomers <b>meet</b> residents at the library.")
						.param("planChanges", "A buddy action was added.")
						.param("planVersionId", String.valueOf(versionId))
						.param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		VisitOutcomes.Outcome saved = this.outcomes.of(held.visitId()).orElseThrow();
		assertThat(saved.planVersionId()).isEqualTo(versionId);
		this.forms
			.as(held.coordinator(),
					post(held.base() + "/outcome").param("learned", "An older copy").param("version", "-1"))
			.andExpect(status().isConflict());
		this.forms.as(held.coordinator(), get(held.page()))
			.andExpect(content().string(containsString("Newcomers &lt;b&gt;meet&lt;/b&gt; residents")))
			.andExpect(content().string(containsString("/groups/" + held.f().groupId() + "/participants/"
					+ held.f().menteeParticipant() + "/action-plan/versions/1")));
		this.forms.as(held.f().outsider(), get(held.base() + "/outcome")).andExpect(status().isNotFound());
		this.forms.as(held.f().outsider(), post(held.base() + "/outcome").param("learned", "x"))
			.andExpect(status().isNotFound());
	}

	@Test
	void participantsGiveFeedbackOneToFiveAndCoordinatorsSeeOnlyTheAverage() throws Exception {
		VisitFixtures.Made v = this.visits.create(LocalDate.now().minusDays(10), VisitStatus.CONFIRMED);
		this.forms.as(v.f().mentee(), post(v.base() + "/participants").param("userId",
				String.valueOf(v.f().mentee().id()), String.valueOf(v.f().mentor().id())));

		this.forms.as(v.f().associationOfficer(), get(v.base() + "/feedback")).andExpect(status().isForbidden());
		this.forms.as(v.coordinator(), post(v.base() + "/feedback").param("usefulness", "5"))
			.andExpect(status().isForbidden());
		this.forms.as(v.f().outsider(), get(v.base() + "/feedback")).andExpect(status().isNotFound());

		assertThat(this.forms.page(v.f().mentee(), v.base() + "/feedback")).contains("Extremely useful")
			.contains("Not useful");
		for (String bad : List.of("0", "6", "", "four")) {
			this.forms
				.as(v.f().mentee(),
						post(v.base() + "/feedback").param("usefulness", bad).param("comment", "Kept while wrong"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Choose how useful the visit was, from 1 to 5")))
				.andExpect(content().string(containsString("Kept while wrong")));
		}
		assertThat(this.outcomes.summary(v.visitId()).count()).isZero();
		this.forms
			.as(v.f().mentee(),
					post(v.base() + "/feedback").param("usefulness", "5")
						.param("comment", "The market walk opened our eyes"))
			.andExpect(status().is3xxRedirection());
		this.forms.as(v.f().mentor(), post(v.base() + "/feedback").param("usefulness", "3"))
			.andExpect(status().is3xxRedirection());
		this.forms
			.as(v.f().mentee(),
					post(v.base() + "/feedback").param("usefulness", "4")
						.param("comment", "The market walk opened our eyes"))
			.andExpect(status().is3xxRedirection());

		VisitOutcomes.FeedbackSummary summary = this.outcomes.summary(v.visitId());
		assertThat(summary.count()).isEqualTo(2);
		assertThat(summary.average()).isEqualTo(3.5);
		this.forms.as(v.f().associationOfficer(), get(v.page()))
			.andExpect(content().string(containsString("Usefulness 3.5 out of 5, from 2 participants")))
			.andExpect(content().string(containsString("The market walk opened our eyes")));
		this.forms.as(v.coordinator(), get(v.page()))
			.andExpect(content().string(containsString("Usefulness 3.5 out of 5, from 2 participants")))
			.andExpect(content().string(not(containsString("The market walk opened our eyes"))))
			.andExpect(content().string(not(containsString("Give your feedback"))));
	}

	private long submittedPlanVersion(VisitFixtures.Made v) {
		FormDocument document = this.plans.open(v.f().groupId(), v.f().menteeParticipant(), v.f().menteeCity());
		this.drafts.save(document.id(), Map.of("title", Answer.ofText("A city for all")), Map.of(), "Test");
		long version = this.jdbc.sql("select version from form_document where id = ?")
			.param(document.id())
			.query(Long.class)
			.single();
		this.versions.submit(document.id(), version, null, "Test", List.of());
		return this.versions.of(document.id()).get(0).id();
	}

}
