package org.citymentor.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.training.Expectations;
import org.citymentor.training.Expectations.Expectation;
import org.citymentor.training.TrainingData;
import org.citymentor.training.TrainingMaterials;
import org.citymentor.training.TrainingMode;
import org.citymentor.training.Trainings;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * IncluCities' training: two online half-days in November 2020 for all four groups,
 * before the first visits of 2021, with attendance recorded and the expectations of
 * Capaci's, Mechelen's and Jelgava's officers.
 */
@Component
@Order(40)
class DemoTraining implements DemoPart {

	private static final String LINK = "https://meet.example.org/inclucities-training";

	private final Trainings trainings;

	private final Expectations expectations;

	private final TrainingMaterials materials;

	private final JdbcClient jdbc;

	DemoTraining(Trainings trainings, Expectations expectations, TrainingMaterials materials, JdbcClient jdbc) {
		this.trainings = trainings;
		this.expectations = expectations;
		this.materials = materials;
		this.jdbc = jdbc;
	}

	@Override
	public void create(Map<String, Long> org, Map<String, Long> people) {
		long incluCities = this.jdbc.sql("select id from programme where name = 'IncluCities'")
			.query(Long.class)
			.single();
		long day1 = this.trainings.create(incluCities, null,
				new TrainingData("Kick-off training, day 1", LocalDate.of(2020, 11, 24), LocalTime.of(9, 30),
						LocalTime.of(13, 0), "Europe/Brussels", TrainingMode.ONLINE, LINK, null,
						List.of("Welcome and introductions of the eight cities and their associations",
								"Mentoring between cities: what it is and what it can bring to each side",
								"Who does what: the role of each partner, of CEMR and of MigrationWork",
								"The journey step by step, from the needs analysis to the action plan")),
				"Claire Dumont");
		long day2 = this.trainings
			.create(incluCities, null, new TrainingData("Kick-off training, day 2", LocalDate.of(2020, 11, 26),
					LocalTime.of(9, 30), LocalTime.of(13, 0), "Europe/Brussels", TrainingMode.ONLINE, LINK, null,
					List.of("The forms and documents that support the process",
							"Finishing the thematic benchmarks and setting the scope of each group",
							"What everyone expects from the mentoring and can bring to it",
							"Workshop: sharpening the needs analyses (goals, resources, who to involve, barriers)")),
					"Claire Dumont");
		this.materials.addLink(day1, "Slides of day 1 (shared drive)", "https://files.example.org/inclucities/day-1");
		this.materials.addLink(day2, "Needs analysis workshop: worksheet",
				"https://files.example.org/inclucities/workshop");

		List<Long> invited = this.trainings.invited(day1, PageRequest.of(0, 50)).getContent();
		this.trainings.recordAttendance(day1, 0, attendance(invited, people.get("association@aiccre.example.org")),
				"Sarah Mitchell");
		this.trainings.recordAttendance(day2, 0, attendance(invited, people.get("mentee@jelgava.example.org")),
				"Sarah Mitchell");

		this.expectations.save(day1, people.get("mentee@capaci.example.org"), new Expectation.Answers(
				"A clearer idea of how a small town like Capaci can reach its communities, and a first plan we can "
						+ "defend in the town council.",
				"Our experience with the reception centre and the local associations that run it.",
				"Time: our team is small, and the visits will come on top of everything else."));
		this.expectations.save(day1, people.get("mentor@mechelen.example.org"), new Expectation.Answers(
				"To help Capaci find its own way, and to look again at our own approach through their eyes.",
				"Ten years of work on a city where everyone belongs, including what did not work the first time.",
				"That the difference in size between our cities makes our examples hard to use."));
		this.expectations.save(day2, people.get("mentee@jelgava.example.org"), new Expectation.Answers(
				"Ideas for informal ways to practise Latvian outside the classroom.", null, null));
	}

	/** Everyone invited attended except one person. */
	private static Map<Long, Boolean> attendance(List<Long> invited, long absent) {
		Map<Long, Boolean> rows = new LinkedHashMap<>();
		invited.forEach((id) -> rows.put(id, id != absent));
		return rows;
	}

}
