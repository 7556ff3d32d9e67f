package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.citymentor.support.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class AgendaTest {

	@Autowired
	private VisitFixtures visits;

	@Autowired
	private FormFixtures forms;

	@Autowired
	private Agendas agendas;

	private VisitFixtures.Made v;

	@BeforeEach
	void visit() {
		this.v = this.visits.create(LocalDate.now().plusDays(60), VisitStatus.PLANNED);
	}

	@Test
	void plannersAddChangeMoveAndRemoveItemsSortedByDayThenTime() throws Exception {
		LocalDate first = this.v.startsOn();
		add(this.v.f().mentee(), first.plusDays(1), "09:00", "10:00", "Focus group with newcomers", "FOCUS_GROUP")
			.andExpect(status().is3xxRedirection());
		add(this.v.f().mentee(), first, "14:00", "15:00", "Walk through the market", "SITE_VISIT");
		add(this.v.f().mentor(), first, "09:00", "10:00", "Interview with the alderman", "INTERVIEW");
		add(this.v.coordinator(), first, "10:30", "12:00", "Workshop on the plan", "ACTION_PLANNING_WORKSHOP");
		assertThat(titles()).containsExactly("Interview with the alderman", "Workshop on the plan",
				"Walk through the market", "Focus group with newcomers");

		String page = this.forms.page(this.v.f().mentee(), this.v.page());
		assertThat(page).contains("Interview with the alderman")
			.contains("Action-planning workshop")
			.contains("Move up")
			.contains(this.v.base() + "/agenda/new");
		assertThat(page.indexOf("Interview with the alderman")).isLessThan(page.indexOf("Workshop on the plan"));

		AgendaItem market = item("Walk through the market");
		this.forms
			.as(this.v.f().mentee(), post(this.v.base() + "/agenda/" + market.id() + "/move").param("direction", "up"))
			.andExpect(status().is3xxRedirection());
		assertThat(titles()).containsExactly("Interview with the alderman", "Walk through the market",
				"Workshop on the plan", "Focus group with newcomers");
		assertThat(item("Walk through the market").startsAt()).hasToString("10:30");
		assertThat(item("Walk through the market").endsAt()).hasToString("11:30");
		assertThat(item("Workshop on the plan").startsAt()).hasToString("13:30");
		assertThat(item("Workshop on the plan").endsAt()).hasToString("15:00");

		AgendaItem interview = item("Interview with the alderman");
		this.forms.page(this.v.f().mentor(), this.v.base() + "/agenda/" + interview.id());
		this.forms
			.as(this.v.f().mentor(),
					post(this.v.base() + "/agenda/" + interview.id()).param("day", first.toString())
						.param("startsAt", "08:30")
						.param("endsAt", "09:45")
						.param("title", "Interview with the mayor")
						.param("kind", "POLITICIANS")
						.param("place", "Town hall")
						.param("ledBy", "Mayor's office")
						.param("version", String.valueOf(interview.version())))
			.andExpect(status().is3xxRedirection());
		AgendaItem changed = item("Interview with the mayor");
		assertThat(changed.kind()).isEqualTo(AgendaKind.POLITICIANS);
		assertThat(changed.place()).isEqualTo("Town hall");
		assertThat(changed.startsAt()).hasToString("08:30");

		this.forms
			.as(this.v.f().mentor(),
					post(this.v.base() + "/agenda/" + interview.id()).param("day", first.toString())
						.param("startsAt", "08:00")
						.param("endsAt", "09:00")
						.param("title", "An old copy of the form")
						.param("kind", "INTERVIEW")
						.param("version", String.valueOf(interview.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Interview with the mayor")))
			.andExpect(content().string(containsString("An old copy of the form")));

		AgendaItem workshop = item("Workshop on the plan");
		this.forms.as(this.v.f().mentee(), get(this.v.base() + "/agenda/" + workshop.id() + "/remove"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove this item from the agenda?")))
			.andExpect(content().string(containsString("Workshop on the plan")));
		assertThat(titles()).contains("Workshop on the plan");
		this.forms.as(this.v.f().mentee(), post(this.v.base() + "/agenda/" + workshop.id() + "/remove"))
			.andExpect(status().is3xxRedirection());
		assertThat(titles()).containsExactly("Interview with the mayor", "Walk through the market",
				"Focus group with newcomers");
	}

	@Test
	void timesAndDaysOutsideTheVisitAreRefusedWithTheInputKept() throws Exception {
		add(this.v.f().mentee(), this.v.startsOn().minusDays(1), "09:00", "10:00", "The day before", "SOCIAL")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose one of the days of the visit")))
			.andExpect(content().string(containsString("value=\"The day before\"")));
		add(this.v.f().mentee(), this.v.startsOn().plusDays(2), "09:00", "10:00", "The day after", "SOCIAL")
			.andExpect(status().isUnprocessableContent());
		add(this.v.f().mentee(), this.v.startsOn(), "25:00", "26:10", "Late dinner", "SOCIAL")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter a time in hours and minutes")))
			.andExpect(content().string(containsString("value=\"25:00\"")));
		add(this.v.f().mentee(), this.v.startsOn(), "11:00", "10:30", "Backwards", "SOCIAL")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The end must come after the start")))
			.andExpect(content().string(containsString("value=\"Backwards\"")));
		add(this.v.f().mentee(), this.v.startsOn(), "11:00", "12:00", "A sheet that is not offered", "GOOD_PRACTICE")
			.andExpect(status().isUnprocessableContent());
		add(this.v.f().mentee(), this.v.startsOn(), "11:00", "12:00", "", "NOT_A_KIND")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter what happens")))
			.andExpect(content().string(containsString("Choose the kind of session")));
		assertThat(titles()).isEmpty();
	}

	@Test
	void thePrintViewAndPdfCarryTheVisitAndItsAgendaByDay() throws Exception {
		add(this.v.f().mentee(), this.v.startsOn(), "09:00", "10:00", "Interview with the alderman", "INTERVIEW");
		add(this.v.f().mentee(), this.v.startsOn().plusDays(1), "14:00", "16:30", "Walk through Żoliborz",
				"SITE_VISIT");
		this.forms.as(this.v.f().mentor(), get(this.v.base() + "/agenda/print"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Agenda of visit 1")))
			.andExpect(content().string(containsString("Mentee town")))
			.andExpect(content().string(containsString("Sketch the context of the mentee city")))
			.andExpect(content().string(containsString("Who are the newcomers")))
			.andExpect(content().string(containsString("Walk through Żoliborz")));
		byte[] pdf = this.forms.as(this.v.coordinator(), get(this.v.base() + "/agenda.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Agenda of visit 1")
				.contains("Mentee town")
				.contains("Sketch the context of the mentee city")
				.contains("Who are the newcomers and where do they meet residents?")
				.contains("09:00 – 10:00")
				.contains("Interview with the alderman")
				.contains("Walk through Żoliborz")
				.contains("Site visit");
			assertThat(text.indexOf("Interview with the alderman")).isLessThan(text.indexOf("Walk through Żoliborz"));
		}
	}

	@Test
	void outsidersGet404AndCoordinatorsPlanLikeMembers() throws Exception {
		TestAccount outsider = this.v.f().outsider();
		this.forms.as(outsider, get(this.v.base() + "/agenda/new")).andExpect(status().isNotFound());
		this.forms.as(outsider, get(this.v.base() + "/agenda/print")).andExpect(status().isNotFound());
		this.forms.as(outsider, get(this.v.base() + "/agenda.pdf")).andExpect(status().isNotFound());
		add(outsider, this.v.startsOn(), "09:00", "10:00", "Sneaked in", "SOCIAL").andExpect(status().isNotFound());
		assertThat(titles()).isEmpty();

		add(this.v.coordinator(), this.v.startsOn(), "09:00", "10:00", "Welcome", "SOCIAL")
			.andExpect(status().is3xxRedirection());
		AgendaItem welcome = item("Welcome");
		this.forms.as(outsider, post(this.v.base() + "/agenda/" + welcome.id() + "/remove"))
			.andExpect(status().isNotFound());

		VisitFixtures.Made other = this.visits.create(LocalDate.now().plusDays(90), VisitStatus.PLANNED);
		this.forms.as(other.f().mentee(), get(other.base() + "/agenda/" + welcome.id()))
			.andExpect(status().isNotFound());
		this.forms
			.as(this.v.f().mentee(),
					get("/groups/" + this.v.f().groupId() + "/visits/" + other.visitId() + "/agenda/new"))
			.andExpect(status().isNotFound());
		this.forms.as(this.v.coordinator(), get(this.v.page()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome")))
			.andExpect(content().string(containsString("/agenda/" + welcome.id() + "/remove")));
		this.forms.as(outsider, get(this.v.page())).andExpect(status().isNotFound());
	}

	private ResultActions add(TestAccount who, LocalDate day, String starts, String ends, String title, String kind)
			throws Exception {
		return this.forms.as(who,
				post(this.v.base() + "/agenda/new").param("day", day.toString())
					.param("startsAt", starts)
					.param("endsAt", ends)
					.param("title", title)
					.param("kind", kind));
	}

	private List<String> titles() {
		return this.agendas.of(this.v.visitId()).stream().map(AgendaItem::title).toList();
	}

	private AgendaItem item(String title) {
		return this.agendas.of(this.v.visitId())
			.stream()
			.filter((i) -> i.title().equals(title))
			.findFirst()
			.orElseThrow();
	}

}
