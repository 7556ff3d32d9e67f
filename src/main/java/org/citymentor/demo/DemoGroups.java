package org.citymentor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.GoalsAndActions;

import org.springframework.stereotype.Component;

/**
 * The mentoring groups of the demo: IncluCities' four pairs, Plan Samenleven's goals and
 * actions with their learning-network groups (action 22: Mechelen for Ostend, running
 * now), an EMMA group and two long-term partnerships.
 */
@Component
class DemoGroups {

	private final Groups groups;

	private final GroupMembers members;

	private final GoalsAndActions goalsAndActions;

	private final Organisations organisations;

	private final Activities activities;

	private final Clock clock;

	private final org.citymentor.account.AccountService accounts;

	private final DemoSupportNetwork supportNetwork;

	DemoGroups(Groups groups, GroupMembers members, GoalsAndActions goalsAndActions, Organisations organisations,
			Activities activities, org.citymentor.account.AccountService accounts, Clock clock,
			DemoSupportNetwork supportNetwork) {
		this.supportNetwork = supportNetwork;
		this.accounts = accounts;
		this.groups = groups;
		this.members = members;
		this.goalsAndActions = goalsAndActions;
		this.organisations = organisations;
		this.activities = activities;
		this.clock = clock;
	}

	void create(Programmes programmes, Map<String, Long> org, Map<String, Long> people, Map<String, Long> themes) {
		Actor cemr = new Actor(people.get("coordinator@cemr.example.org"), "Claire Dumont");
		Actor vvsg = new Actor(people.get("coordinator@vvsg.example.org"), "Pieter Janssens");
		LocalDate incluStart = LocalDate.of(2021, 1, 1);
		LocalDate incluEnd = LocalDate.of(2023, 12, 31);

		long capaci = group(programmes.incluCities(), cemr, "Building a city for all – Capaci and Mechelen",
				"Capaci wants to start building, with its residents and partners, a shared vision of a city where "
						+ "everyone belongs, and to reach its communities through a buddy pilot.",
				GroupStatus.IMPLEMENTING, incluStart, incluEnd,
				Set.of(themes.get("social-cohesion"), themes.get("participation")), Set.of("en", "it"));
		participants(capaci, cemr, org, List.of(mentee("Capaci"), menteeAssociation("AICCRE"), mentor("Mechelen"),
				mentorAssociation("VVSG"), facilitator("MigrationWork")));
		member(programmes.incluCities(), capaci, "Capaci", "mentee@capaci.example.org", MemberRole.LEAD_OFFICER, org,
				people);
		member(programmes.incluCities(), capaci, "Mechelen", "mentor@mechelen.example.org", MemberRole.LEAD_OFFICER,
				org, people);
		member(programmes.incluCities(), capaci, "MigrationWork", "facilitator@migrationwork.example.org",
				MemberRole.SUPPORT, org, people);
		member(programmes.incluCities(), capaci, "AICCRE", "association@aiccre.example.org", MemberRole.OFFICER, org,
				people);
		this.supportNetwork.capaci(programmes.incluCities(), capaci, participant(capaci, "Capaci", org),
				new Actor(people.get("mentee@capaci.example.org"), "Giulia Russo"));

		long saintJean = group(programmes.incluCities(), cemr,
				"Migrant residents' needs and a gender-aware approach – Saint-Jean-de-la-Ruelle and Brussels", null,
				GroupStatus.CLOSED, incluStart, incluEnd, Set.of(themes.get("gender"), themes.get("evaluation")),
				Set.of("fr"));
		participants(saintJean, cemr, org, List.of(mentee("Saint-Jean-de-la-Ruelle"), menteeAssociation("AFCCRE"),
				mentor("City of Brussels"), mentorAssociation("Brulocalis"), facilitator("MigrationWork")));
		member(programmes.incluCities(), saintJean, "MigrationWork", "facilitator@migrationwork.example.org",
				MemberRole.SUPPORT, org, people);

		long livadia = group(programmes.incluCities(), cemr,
				"Building cities that integrate migrants – Livadia and Fuenlabrada", null, GroupStatus.CLOSED,
				incluStart, incluEnd, Set.of(themes.get("housing"), themes.get("employment")),
				Set.of("en", "el", "es"));
		participants(livadia, cemr, org, List.of(mentee("Livadia"), menteeAssociation("KEDE"), mentor("Fuenlabrada"),
				mentorAssociation("FEMP"), facilitator("MigrationWork")));
		member(programmes.incluCities(), livadia, "MigrationWork", "facilitator@migrationwork.example.org",
				MemberRole.SUPPORT, org, people);

		long jelgava = group(programmes.incluCities(), cemr,
				"Formal and informal language learning for migrants – Jelgava and Schaerbeek",
				"Jelgava wants to combine formal courses with informal ways to practise the language.",
				GroupStatus.IMPLEMENTING, incluStart, incluEnd, Set.of(themes.get("language-learning")),
				Set.of("en", "lv", "fr"));
		participants(jelgava, cemr, org, List.of(mentee("Jelgava"), menteeAssociation("LALRG"), mentor("Schaerbeek"),
				mentorAssociation("Brulocalis"), facilitator("MigrationWork")));
		member(programmes.incluCities(), jelgava, "Jelgava", "mentee@jelgava.example.org", MemberRole.LEAD_OFFICER, org,
				people);
		member(programmes.incluCities(), jelgava, "Schaerbeek", "mentor@schaerbeek.example.org",
				MemberRole.LEAD_OFFICER, org, people);
		member(programmes.incluCities(), jelgava, "MigrationWork", "facilitator@migrationwork.example.org",
				MemberRole.SUPPORT, org, people);

		planSamenleven(programmes.planSamenleven(), vvsg, org, people, themes);

		long emma = group(programmes.emma(), vvsg, "A local approach to violent radicalisation – Tienen and Mechelen",
				"Tienen wants a local network that notices early signs of radicalisation and knows how to act.",
				GroupStatus.ACTIVE, today().minusMonths(4), today().plusMonths(8),
				Set.of(themes.get("prevention-of-violent-radicalisation")), Set.of("nl"));
		participants(emma, vvsg, org, List.of(mentee("Tienen"), mentor("Mechelen")));

		long brasschaat = group(programmes.partnerships(), vvsg, "Brasschaat – Tarija", null, GroupStatus.ACTIVE,
				LocalDate.of(2004, 1, 1), null, Set.of(themes.get("participation")), Set.of("nl", "es"));
		this.groups.updateGroup(brasschaat, 0, new GroupData("Brasschaat – Tarija", null, LocalDate.of(2004, 1, 1),
				null, GroupStatus.ACTIVE, Set.of(themes.get("participation")), Set.of("nl", "es"), null, null, null,
				"The Sustainable Development Goals as the shared frame of both municipalities' work.",
				"Both councils review the partnership with every new agreement and plan together how it would end."),
				vvsg);
		participants(brasschaat, vvsg, org, List.of(both("Brasschaat"), both("Tarija")));

		long herent = group(programmes.partnerships(), vvsg, "Herent – Nimlaha'kok", null, GroupStatus.ACTIVE,
				LocalDate.of(2001, 1, 1), null, Set.of(themes.get("participation")), Set.of("nl", "es"));
		participants(herent, vvsg, org, List.of(both("Herent"), both("Nimlaha'kok")));
	}

	private void planSamenleven(long programme, Actor vvsg, Map<String, Long> org, Map<String, Long> people,
			Map<String, Long> themes) {
		for (String city : List.of("Genk", "Kortrijk", "Aalst", "Roeselare", "Turnhout", "Lier", "Hasselt", "Leuven",
				"Tienen")) {
			org.put(city, this.organisations.create(
					new OrganisationData(city, OrganisationKind.CITY, "BE", "Flanders", null, List.of("nl")), null));
			this.organisations.addMember(org.get("VVSG"), org.get(city));
		}
		long together = this.goalsAndActions.addGoal(programme, null, "Living together in neighbourhoods");
		long language = this.goalsAndActions.addGoal(programme, null, "Language and learning");
		long work = this.goalsAndActions.addGoal(programme, null, "Work and entrepreneurship");
		long respect = this.goalsAndActions.addGoal(programme, null, "Safety, respect and dealing with polarisation");
		long access = this.goalsAndActions.addGoal(programme, null, "Accessible services and free time");

		long socialHousing = action(programme, together, 22, "Social cohesion in social housing estates");
		long practisingDutch = action(programme, language, null, "Practising Dutch");
		action(programme, language, null, "Guidance for early school leavers");
		action(programme, work, null, "Labour-market guidance");
		action(programme, work, null, "Entrepreneurship guidance");
		long employmentMentors = action(programme, work, null, "Guidance to employment by mentors");
		long bystanders = action(programme, respect, null, "Bystander training");
		action(programme, respect, null, "Action plan against street harassment");
		long polarisation = action(programme, respect, null, "Action plan on polarisation");
		action(programme, access, null, "Accessibility action plan");
		action(programme, access, null, "Getting in touch with sport");

		LocalDate start = today().minusMonths(2);
		LocalDate end = today().plusMonths(10);
		long action22 = learningNetwork(programme, vvsg, socialHousing, "Social cohesion in social housing estates",
				"Mechelen", List.of("Ostend", "Genk", "Kortrijk"), start, end, themes.get("social-cohesion"), org);
		member(programme, action22, "Mechelen", "mentor@mechelen.example.org", MemberRole.LEAD_OFFICER, org, people);
		member(programme, action22, "Ostend", "mentee@ostend.example.org", MemberRole.LEAD_OFFICER, org, people);
		learningNetwork(programme, vvsg, practisingDutch, "Practising Dutch", "Antwerp", List.of("Turnhout", "Lier"),
				start, end, themes.get("language-learning"), org);
		learningNetwork(programme, vvsg, employmentMentors, "Guidance to employment by mentors", "Ostend",
				List.of("Hasselt", "Brasschaat"), start, end, themes.get("employment"), org);
		learningNetwork(programme, vvsg, bystanders, "Bystander training", "Ghent", List.of("Aalst", "Roeselare"),
				start, end, themes.get("safety-in-public-space"), org);
		learningNetwork(programme, vvsg, polarisation, "Action plan on polarisation", "Sint-Niklaas",
				List.of("Leuven", "Tienen"), start, end, themes.get("polarisation"), org);
	}

	private long learningNetwork(long programme, Actor vvsg, long actionId, String title, String mentorCity,
			List<String> mentees, LocalDate start, LocalDate end, long theme, Map<String, Long> org) {
		long id = this.groups.createGroup(programme, new GroupData(title, null, start, end, GroupStatus.ACTIVE,
				Set.of(theme), Set.of("nl"), actionId, null, null, null, null), vvsg);
		this.groups.addParticipant(id, org.get(mentorCity), ParticipantSide.MENTOR, ParticipantRole.CITY, mentorCity,
				vvsg);
		for (String mentee : mentees) {
			this.groups.addParticipant(id, org.get(mentee), ParticipantSide.MENTEE, ParticipantRole.CITY, mentee, vvsg);
		}
		return id;
	}

	private long action(long programme, long goal, Integer number, String title) {
		return this.goalsAndActions.addAction(programme, goal, number, title).orElseThrow();
	}

	private long group(long programme, Actor actor, String title, String focus, GroupStatus status, LocalDate start,
			LocalDate end, Set<Long> themeIds, Set<String> languages) {
		return this.groups.createGroup(programme,
				new GroupData(title, focus, start, end, status, themeIds, languages, null, null, null, null, null),
				actor);
	}

	private void participants(long group, Actor actor, Map<String, Long> org, List<Side> sides) {
		for (Side side : sides) {
			this.groups.addParticipant(group, org.get(side.organisation()), side.side(), side.role(),
					side.organisation(), actor);
		}
	}

	private long participant(long group, String organisation, Map<String, Long> org) {
		return this.groups.details(group)
			.participants()
			.stream()
			.filter((p) -> p.organisationId() == org.get(organisation))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private void member(long programme, long group, String organisation, String email, MemberRole role,
			Map<String, Long> org, Map<String, Long> people) {
		long participant = participant(group, organisation, org);
		this.members.add(group, participant, people.get(email), role);
		String name = this.accounts.person(people.get(email)).orElseThrow().displayName();
		this.activities.record(programme, group, new Actor(people.get(email), name), ActivityKind.JOINED, null);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Side mentee(String name) {
		return new Side(name, ParticipantSide.MENTEE, ParticipantRole.CITY);
	}

	private static Side menteeAssociation(String name) {
		return new Side(name, ParticipantSide.MENTEE, ParticipantRole.ASSOCIATION);
	}

	private static Side mentor(String name) {
		return new Side(name, ParticipantSide.MENTOR, ParticipantRole.CITY);
	}

	private static Side mentorAssociation(String name) {
		return new Side(name, ParticipantSide.MENTOR, ParticipantRole.ASSOCIATION);
	}

	private static Side facilitator(String name) {
		return new Side(name, ParticipantSide.BOTH, ParticipantRole.FACILITATOR);
	}

	private static Side both(String name) {
		return new Side(name, ParticipantSide.BOTH, ParticipantRole.CITY);
	}

	private record Side(String organisation, ParticipantSide side, ParticipantRole role) {
	}

	/** The programme ids the groups belong to. */
	record Programmes(long incluCities, long planSamenleven, long emma, long partnerships) {
	}

}
