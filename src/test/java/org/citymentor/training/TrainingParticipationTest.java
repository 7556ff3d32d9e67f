package org.citymentor.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.group.TaskStatus;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the session its planners record attendance on one form; files are checked for
 * size and type; each invited person gives their expectations, which their group reads
 * and outsiders and other groups do not; the task list follows it all.
 */
@CityMentorTest
class TrainingParticipationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

	@Autowired
	org.citymentor.group.Journeys journeys;

	@Autowired
	FormFixtures fixtures;

	@Autowired
	TrainingFixtures sessions;

	@Autowired
	Trainings trainings;

	@Autowired
	TrainingStep step;

	@Autowired
	Groups groups;

	@Autowired
	TrainingMaterials materials;

	FormFixture f;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void group() {
		this.f = this.fixtures.create();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void attendanceIsRecordedAfterTheSessionOnOneForm() throws Exception {
		long coming = this.sessions.session(this.f, LocalDate.now().plusDays(10));
		assertThat(this.fixtures.page(TrainingFixtures.COORDINATOR, "/trainings/" + coming + "/attendance"))
			.contains("Attendance can be recorded from the day of the session");
		this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					post("/trainings/" + coming + "/attendance").param("attendanceVersion", "0")
						.param("people", String.valueOf(this.f.mentee().id())))
			.andExpect(status().isUnprocessableContent());

		long held = this.sessions.session(this.f, LocalDate.of(2026, 3, 3));
		String form = this.fixtures.page(TrainingFixtures.COORDINATOR, "/trainings/" + held + "/attendance");
		assertThat(form).contains(this.f.mentee().displayName(), this.f.mentor().displayName(),
				this.f.associationOfficer().displayName());
		// someone not invited cannot be slipped in
		this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					post("/trainings/" + held + "/attendance").param("attendanceVersion", "0")
						.param("people", String.valueOf(this.f.outsider().id()))
						.param("attended", String.valueOf(this.f.outsider().id())))
			.andExpect(status().isUnprocessableContent());
		this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					post("/trainings/" + held + "/attendance").param("attendanceVersion", "0")
						.param("people", String.valueOf(this.f.mentee().id()), String.valueOf(this.f.mentor().id()),
								String.valueOf(this.f.associationOfficer().id()))
						.param("attended", String.valueOf(this.f.mentee().id()), String.valueOf(this.f.mentor().id())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.trainings.attendance(held)).containsEntry(this.f.mentee().id(), true)
			.containsEntry(this.f.mentor().id(), true)
			.containsEntry(this.f.associationOfficer().id(), false);
		assertThat(this.fixtures.page(this.f.mentee(), "/trainings/" + held))
			.contains("2 of 3 invited people attended");
		// the form opened before that save is refused rather than overwriting it
		this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					post("/trainings/" + held + "/attendance").param("attendanceVersion", "0")
						.param("people", String.valueOf(this.f.mentee().id())))
			.andExpect(status().isConflict());
		assertThat(this.trainings.attendance(held)).containsEntry(this.f.mentee().id(), true);
		this.fixtures.as(this.f.mentee(), get("/trainings/" + held + "/attendance")).andExpect(status().isForbidden());
	}

	@Test
	void filesAreCheckedForSizeAndType() throws Exception {
		long id = this.sessions.session(this.f, LocalDate.of(2027, 5, 4));
		upload(TrainingFixtures.COORDINATOR, "/trainings/" + id + "/files",
				new MockMultipartFile("file", "agenda.pdf", "application/pdf", PDF))
			.andExpect(status().is3xxRedirection());
		upload(TrainingFixtures.COORDINATOR, "/trainings/" + id + "/files",
				new MockMultipartFile("file", "notes.pdf", "application/pdf", "just text".getBytes()))
			.andExpect(status().isUnprocessableContent());
		upload(TrainingFixtures.COORDINATOR, "/trainings/" + id + "/files",
				new MockMultipartFile("file", "script.exe", "application/octet-stream", PDF))
			.andExpect(status().isUnprocessableContent());
		String tooLarge = upload(TrainingFixtures.COORDINATOR, "/trainings/" + id + "/files",
				new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLarge).contains("The file is larger than 10 MB", "href=\"#file\"");
		upload(this.f.mentee(), "/trainings/" + id + "/files",
				new MockMultipartFile("file", "agenda.pdf", "application/pdf", PDF))
			.andExpect(status().isForbidden());
		String page = this.fixtures.page(this.f.mentee(), "/trainings/" + id);
		assertThat(page).contains("agenda.pdf", "The key points of mentoring").doesNotContain("notes.pdf", "big.pdf");
		long fileId = this.materials.files(id).get(0).id();
		byte[] body = this.fixtures.as(this.f.mentor(), get("/trainings/" + id + "/files/" + fileId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(PDF);
		this.fixtures.as(this.f.outsider(), get("/trainings/" + id + "/files/" + fileId))
			.andExpect(status().isNotFound());
	}

	@Test
	void expectationsAreReadByTheGroupAndCountedForCoordinators() throws Exception {
		FormFixture other = this.fixtures.create();
		long id = this.trainings.create(this.sessions.incluCities(), null,
				TrainingFixtures.data("Programme kick-off", LocalDate.of(2027, 9, 1)), "Test");
		this.fixtures
			.as(this.f.mentee(),
					post("/trainings/" + id + "/expectations").param("expects", " ")
						.param("contributes", "Our reception centre"))
			.andExpect(status().isUnprocessableContent())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("Say what you expect from the mentoring", "Our reception centre"));
		this.fixtures
			.as(this.f.mentee(),
					post("/trainings/" + id + "/expectations").param("expects", "A plan the council backs")
						.param("worries", "Time"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.page(this.f.mentor(), "/trainings/" + id + "/expectations"))
			.contains("A plan the council backs", this.f.mentee().displayName());
		assertThat(this.fixtures.page(other.mentee(), "/trainings/" + id + "/expectations"))
			.doesNotContain("A plan the council backs");
		assertThat(this.fixtures.page(TrainingFixtures.COORDINATOR, "/trainings/" + id + "/expectations"))
			.doesNotContain("A plan the council backs")
			.containsPattern("1 of \\d+ invited people gave their expectations");
		this.fixtures
			.as(TrainingFixtures.COORDINATOR,
					post("/trainings/" + id + "/expectations").param("expects", "Coordinator's view"))
			.andExpect(status().isForbidden());
		this.fixtures.as(this.f.outsider(), get("/trainings/" + id + "/expectations")).andExpect(status().isNotFound());
	}

	private ResultActions upload(TestAccount who, String path, MockMultipartFile file) throws Exception {
		return this.mvc
			.perform(multipart(path).file(file).with(user(this.users.loadUserByUsername(who.email()))).with(csrf()));
	}

	@Test
	void theTaskListFollowsPlanningAttendanceAndCancelling() {
		GroupDetails group = this.groups.details(this.f.groupId());
		assertThat(this.step.tasks(this.journeys.batch(List.of(group.id()))).get(group.id()).get("TRAINING").status())
			.isEqualTo(TaskStatus.NOT_STARTED);
		long held = this.sessions.session(this.f, LocalDate.of(2026, 3, 3));
		long coming = this.sessions.session(this.f, LocalDate.now().plusMonths(2));
		assertThat(this.step.statuses(this.journeys.batch(List.of(this.f.groupId())))).containsEntry(this.f.groupId(),
				TaskStatus.IN_PROGRESS);
		assertThat(this.step.details(this.journeys.batch(List.of(this.f.groupId()))).get(this.f.groupId()))
			.isEqualTo("held on 3 March 2026, attendance not recorded yet");
		this.trainings.recordAttendance(held, 0, java.util.Map.of(this.f.mentee().id(), true, this.f.mentor().id(),
				true, this.f.associationOfficer().id(), false), "Test");
		assertThat(this.step.details(this.journeys.batch(List.of(this.f.groupId()))).get(this.f.groupId()))
			.startsWith("planned for ")
			.endsWith("0 of 3 expectations given");
		this.trainings.cancel(coming, 0);
		assertThat(this.step.tasks(this.journeys.batch(List.of(group.id()))).get(group.id()).get("TRAINING"))
			.satisfies((task) -> {
				assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
				assertThat(task.detail()).isEqualTo("held on 3 March 2026, 2 of 3 attended");
				assertThat(task.link()).isEqualTo("/groups/" + this.f.groupId() + "/trainings");
			});
	}

}
