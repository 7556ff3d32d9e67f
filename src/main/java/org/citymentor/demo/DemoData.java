package org.citymentor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.account.AccountService;
import org.citymentor.programme.ProgrammeData;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.programme.ProgrammeStep;
import org.citymentor.programme.Programmes;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo installation, built the way its users would build it: organisations first,
 * then people, then programmes with their coordinators. Facts and names come from the
 * source documents (domain.md); the people are invented.
 */
@Component
class DemoData {

	static final String PASSWORD = "citymentor-demo";

	private final AccountService accounts;

	private final Programmes programmes;

	private final Themes themes;

	private final DemoOrganisations organisations;

	private final Clock clock;

	private final DemoGroups groups;

	private final DemoForms forms;

	private final DemoGoodPractices goodPractices;

	private final DemoActionPlans actionPlans;

	private final DemoVisits visits;

	private final List<DemoPart> parts;

	DemoData(AccountService accounts, Programmes programmes, Themes themes, DemoOrganisations organisations,
			DemoGroups groups, DemoForms forms, DemoGoodPractices goodPractices, DemoActionPlans actionPlans,
			DemoVisits visits, List<DemoPart> parts, Clock clock) {
		this.visits = visits;
		this.parts = parts;
		this.actionPlans = actionPlans;
		this.groups = groups;
		this.forms = forms;
		this.goodPractices = goodPractices;
		this.accounts = accounts;
		this.programmes = programmes;
		this.themes = themes;
		this.organisations = organisations;
		this.clock = clock;
	}

	boolean isLoaded() {
		return this.accounts.findIdByEmail("admin@example.org").isPresent();
	}

	@Transactional
	void load() {
		Map<String, Long> org = this.organisations.create();
		Map<String, Long> people = new HashMap<>();

		people.put("admin@example.org",
				this.accounts.createAccount("admin@example.org", "Alex Admin", Role.ADMIN, "en", null, PASSWORD));
		long cemrCoordinator = this.accounts.createAccount("coordinator@cemr.example.org", "Claire Dumont",
				Role.COORDINATOR, "en", org.get("CEMR"), PASSWORD);
		long vvsgCoordinator = this.accounts.createAccount("coordinator@vvsg.example.org", "Pieter Janssens",
				Role.COORDINATOR, "nl", org.get("VVSG"), PASSWORD);
		people.put("mentee@capaci.example.org", this.accounts.createAccount("mentee@capaci.example.org", "Giulia Russo",
				Role.MEMBER, "en", org.get("Capaci"), PASSWORD));
		people.put("mentor@mechelen.example.org", this.accounts.createAccount("mentor@mechelen.example.org",
				"Sofie Peeters", Role.MEMBER, "nl", org.get("Mechelen"), PASSWORD));
		people.put("mentee@jelgava.example.org", this.accounts.createAccount("mentee@jelgava.example.org", "Anna Ozola",
				Role.MEMBER, "en", org.get("Jelgava"), PASSWORD));
		people.put("mentor@schaerbeek.example.org", this.accounts.createAccount("mentor@schaerbeek.example.org",
				"Karim Benali", Role.MEMBER, "en", org.get("Schaerbeek"), PASSWORD));
		people.put("facilitator@migrationwork.example.org",
				this.accounts.createAccount("facilitator@migrationwork.example.org", "Sarah Mitchell", Role.MEMBER,
						"en", org.get("MigrationWork"), PASSWORD));

		people.put("association@aiccre.example.org", this.accounts.createAccount("association@aiccre.example.org",
				"Marco Bianchi", Role.MEMBER, "en", org.get("AICCRE"), PASSWORD));
		people.put("coordinator@cemr.example.org", cemrCoordinator);
		people.put("coordinator@vvsg.example.org", vvsgCoordinator);
		people.put("mentee@ostend.example.org", this.accounts.createAccount("mentee@ostend.example.org",
				"Lotte Vermeulen", Role.MEMBER, "nl", org.get("Ostend"), PASSWORD));

		long incluCities = this.programmes.createProgramme(new ProgrammeData("IncluCities", org.get("CEMR"),
				"Eight European cities pair up to improve how they include migrant residents: "
						+ "each mentee city learns from an experienced mentor city over three visits and writes an action plan.",
				"EU Asylum, Migration and Integration Fund (AMIF)", LocalDate.of(2020, 1, 1),
				LocalDate.of(2023, 12, 31), ProgrammeFormat.BILATERAL, 3, themeIds("housing", "employment",
						"language-learning", "anti-discrimination", "participation", "gender", "social-cohesion"),
				EnumSet.allOf(ProgrammeStep.class)), List.of(cemrCoordinator));

		int year = LocalDate.now(this.clock).getYear();
		long planSamenleven = this.programmes.createProgramme(new ProgrammeData("Plan Samenleven", org.get("VVSG"),
				"Flemish local governments learn from each other in learning networks: for each action "
						+ "of the plan a mentor city, or VVSG itself, brings the participating municipalities together.",
				"Flemish Government", LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31),
				ProgrammeFormat.LEARNING_NETWORK, 2,
				themeIds("social-cohesion", "language-learning", "employment", "education", "sport-and-leisure",
						"safety-in-public-space", "polarisation", "accessibility", "anti-discrimination"),
				EnumSet.of(ProgrammeStep.NEEDS_ANALYSIS, ProgrammeStep.SUPPORT_NETWORK, ProgrammeStep.VISITS,
						ProgrammeStep.ACTION_PLAN, ProgrammeStep.MONITORING, ProgrammeStep.EVALUATION)),
				List.of(vvsgCoordinator));

		long emma = this.programmes.createProgramme(new ProgrammeData("EMMA", org.get("VVSG"),
				"Local governments in Belgium, the Netherlands and Germany exchange ways to prevent violent "
						+ "radicalisation, through peer-to-peer meetings, bilateral mentoring and exchange platforms.",
				"EU Internal Security Fund (ISF)", LocalDate.of(year - 1, 3, 1), LocalDate.of(year + 1, 2, 28),
				ProgrammeFormat.COMMUNITY_OF_PRACTICE, 2,
				themeIds("prevention-of-violent-radicalisation", "polarisation"),
				EnumSet.of(ProgrammeStep.NEEDS_ANALYSIS, ProgrammeStep.MATCHING, ProgrammeStep.VISITS,
						ProgrammeStep.ACTION_PLAN, ProgrammeStep.EVALUATION)),
				List.of(vvsgCoordinator));

		long partnerships = this.programmes
			.createProgramme(new ProgrammeData("City-to-city partnerships Flanders – Latin America", org.get("VVSG"),
					"Long-term partnerships between Flemish municipalities and towns in Latin America, with a "
							+ "collaboration agreement, shared goals and an agreed way to end the partnership.",
					"Flemish Government and the partner municipalities", LocalDate.of(2001, 1, 1), null,
					ProgrammeFormat.LONG_TERM_PARTNERSHIP, 1, themeIds("participation", "social-cohesion"),
					EnumSet.of(ProgrammeStep.VISITS, ProgrammeStep.ACTION_PLAN, ProgrammeStep.MONITORING,
							ProgrammeStep.EVALUATION)),
					List.of(vvsgCoordinator));

		Map<String, Long> themes = new HashMap<>();
		for (String code : List.of("housing", "employment", "language-learning", "social-cohesion", "participation",
				"gender", "evaluation", "safety-in-public-space", "polarisation",
				"prevention-of-violent-radicalisation")) {
			themes.put(code, this.themes.idOf(code));
		}
		this.groups.create(new DemoGroups.Programmes(incluCities, planSamenleven, emma, partnerships), org, people,
				themes);
		this.goodPractices.create(org, people);
		this.forms.create(org, people, themes);
		this.actionPlans.create(org, people);
		this.visits.create(org, people);
		this.parts.forEach((part) -> part.create(org, people));
	}

	private Set<Long> themeIds(String... codes) {
		return java.util.Arrays.stream(codes).map(this.themes::idOf).collect(java.util.stream.Collectors.toSet());
	}

}
