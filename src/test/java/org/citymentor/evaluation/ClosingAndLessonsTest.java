package org.citymentor.evaluation;

import java.util.List;
import java.util.Map;

import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.JourneyStep;
import org.citymentor.group.TaskStatus;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class ClosingAndLessonsTest {

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	FormFixtures forms;

	@Autowired
	Groups groups;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Lessons lessons;

	@Autowired
	List<JourneyStep> steps;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorWritesTheSummaryAndClosesTheGroupAndTheJourneyFollows() throws Exception {
		FormFixture f = this.fixtures.group();
		String base = EvaluationFixtures.base(f);
		JourneyStep step = step();
		assertThat(step.statuses(this.journeys.batch(List.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.NOT_STARTED);

		this.evaluations.save(f.groupId(), f.menteeParticipant(), EvaluationSide.MENTEE, -1,
				input(Map.of(EvaluationInput.Scale.USEFULNESS, 4, EvaluationInput.Scale.RELATION, 5)), List.of(),
				"Test", true);
		assertThat(step.statuses(this.journeys.batch(List.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.IN_PROGRESS);
		this.evaluations.save(f.groupId(), f.mentorParticipant(), EvaluationSide.MENTOR, -1,
				input(Map.of(EvaluationInput.Scale.USEFULNESS, 4)), List.of(), "Test", true);
		assertThat(step.statuses(this.journeys.batch(List.of(f.groupId())))).as("both sides, not closed yet")
			.containsEntry(f.groupId(), TaskStatus.IN_PROGRESS);
		assertThat(step.details(this.journeys.batch(List.of(f.groupId())))).containsEntry(f.groupId(),
				"mentee 4.5, mentor 4.0");

		this.forms.as(f.mentee(), get(base + "/closing")).andExpect(status().isForbidden());
		this.forms.as(f.mentee(), post(base + "/close")).andExpect(status().isForbidden());
		this.forms.as(f.outsider(), post(base + "/close")).andExpect(status().isNotFound());
		this.forms.as(this.fixtures.coordinator(), get(base + "/close")).andExpect(redirectedUrl(base + "/closing"));
		this.forms.as(this.fixtures.coordinator(), post(base + "/close")).andExpect(redirectedUrl(base + "/closing"));
		assertThat(this.groups.details(f.groupId()).data().status()).isEqualTo(GroupStatus.ACTIVE);

		this.forms.as(this.fixtures.coordinator(), post(base + "/closing").param("summary", "  ").param("outcome", "X"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Write the closing summary")))
			.andExpect(content().string(containsString("Choose the outcome")));
		this.forms
			.as(this.fixtures.coordinator(),
					post(base + "/closing").param("summary", "The buddy pilot runs.")
						.param("outcome", "PARTLY")
						.param("version", "-1"))
			.andExpect(redirectedUrl(base + "#closing"));
		this.forms.as(this.fixtures.coordinator(), get(base + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yes, close the group")));
		this.forms.as(this.fixtures.coordinator(), post(base + "/close")).andExpect(redirectedUrl(base));

		assertThat(this.groups.details(f.groupId()).data().status()).isEqualTo(GroupStatus.CLOSED);
		assertThat(step.statuses(this.journeys.batch(List.of(f.groupId())))).containsEntry(f.groupId(),
				TaskStatus.COMPLETED);
		assertThat(this.forms.page(f.mentee(), "/groups/" + f.groupId())).contains("Closed");
		assertThat(this.forms.page(f.mentee(), base)).contains("The buddy pilot runs.", "The aims were partly achieved",
				"This group is closed");
	}

	@Test
	void onlyConsentedLessonsArePublishedAndThePageNamesOrganisationsNotPeople() throws Exception {
		FormFixture f = this.fixtures.group();
		long theme = this.jdbc.sql("select id from theme where code = 'housing'").query(Long.class).single();
		this.forms
			.as(f.mentee(),
					post("/groups/" + f.groupId() + "/lessons").param("title", "")
						.param("body", "Kept body")
						.param("themeIds", "999999"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kept body")))
			.andExpect(content().string(containsString("Give the lesson a title")))
			.andExpect(content().string(containsString("Choose themes from the list")));
		this.forms
			.as(f.mentee(),
					post("/groups/" + f.groupId() + "/lessons").param("title", "Without consent " + f.groupId())
						.param("body", "Private lesson"))
			.andExpect(status().is3xxRedirection());
		this.forms
			.as(f.mentor(),
					post("/groups/" + f.groupId() + "/lessons").param("title", "With consent " + f.groupId())
						.param("body", "Ask the neighbours first.")
						.param("themeIds", String.valueOf(theme))
						.param("consent", "true"))
			.andExpect(status().is3xxRedirection());
		List<Lessons.Lesson> written = this.lessons.ofGroup(f.groupId());
		Lessons.Lesson without = written.stream().filter((l) -> !l.consent()).findFirst().orElseThrow();
		Lessons.Lesson with = written.stream().filter(Lessons.Lesson::consent).findFirst().orElseThrow();

		String lessonsBase = "/groups/" + f.groupId() + "/lessons/";
		this.forms.as(f.mentee(), post(lessonsBase + with.id() + "/publish")).andExpect(status().isForbidden());
		this.forms.as(f.mentee(), get(lessonsBase + with.id() + "/edit")).andExpect(status().isForbidden());
		this.forms.as(this.fixtures.coordinator(), post(lessonsBase + without.id() + "/publish"))
			.andExpect(status().is3xxRedirection());
		this.forms.as(this.fixtures.coordinator(), post(lessonsBase + with.id() + "/publish"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.lessons.require(f.groupId(), without.id()).published()).isFalse();
		assertThat(this.lessons.require(f.groupId(), with.id()).published()).isTrue();

		String page = this.forms.page(f.outsider(), "/lessons?theme=" + theme);
		assertThat(page).contains("With consent " + f.groupId(), "Mentor town", "IncluCities")
			.doesNotContain("Without consent " + f.groupId())
			.doesNotContain(f.mentor().displayName());

		this.forms
			.as(f.mentor(),
					post(lessonsBase + with.id()).param("title", "With consent " + f.groupId())
						.param("body", "Changed")
						.param("version", String.valueOf(this.lessons.require(f.groupId(), with.id()).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.lessons.require(f.groupId(), with.id()).published()).as("consent withdrawn").isFalse();
		assertThat(this.forms.page(f.outsider(), "/lessons")).doesNotContain("With consent " + f.groupId());
	}

	private JourneyStep step() {
		return this.steps.stream().filter((s) -> s.key().equals("EVALUATION")).findFirst().orElseThrow();
	}

	private static EvaluationInput input(Map<EvaluationInput.Scale, Integer> scores) {
		return new EvaluationInput("Changed", null, null, null, null, "Learned", null, null, null, null, scores, null,
				List.of());
	}

}
