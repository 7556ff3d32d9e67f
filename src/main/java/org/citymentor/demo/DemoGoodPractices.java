package org.citymentor.demo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.goodpractice.GoodPracticeData;
import org.citymentor.goodpractice.GoodPracticeField;
import org.citymentor.goodpractice.GoodPracticeLink;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.goodpractice.StartDate;
import org.citymentor.programme.Themes;

import org.springframework.stereotype.Component;

import static org.citymentor.goodpractice.GoodPracticeField.AIMS;
import static org.citymentor.goodpractice.GoodPracticeField.BENEFICIARIES;
import static org.citymentor.goodpractice.GoodPracticeField.CHALLENGES;
import static org.citymentor.goodpractice.GoodPracticeField.CONCRETE_CHANGE;
import static org.citymentor.goodpractice.GoodPracticeField.CONTACT_FUNCTION;
import static org.citymentor.goodpractice.GoodPracticeField.CONTACT_NAME;
import static org.citymentor.goodpractice.GoodPracticeField.CONTEXT;
import static org.citymentor.goodpractice.GoodPracticeField.DOS_AND_DONTS;
import static org.citymentor.goodpractice.GoodPracticeField.EVALUATION;
import static org.citymentor.goodpractice.GoodPracticeField.FUNDING;
import static org.citymentor.goodpractice.GoodPracticeField.LEAD_ORGANISATIONS;
import static org.citymentor.goodpractice.GoodPracticeField.LOCATION;
import static org.citymentor.goodpractice.GoodPracticeField.MAIN_ACTIVITIES;
import static org.citymentor.goodpractice.GoodPracticeField.PARTNERS;
import static org.citymentor.goodpractice.GoodPracticeField.PRECONDITIONS;
import static org.citymentor.goodpractice.GoodPracticeField.RISKS;
import static org.citymentor.goodpractice.GoodPracticeField.STAFF;
import static org.citymentor.goodpractice.GoodPracticeField.SUCCESS_FACTORS;
import static org.citymentor.goodpractice.GoodPracticeField.TARGET_GROUP;
import static org.citymentor.goodpractice.GoodPracticeField.TITLE;
import static org.citymentor.goodpractice.GoodPracticeField.TRANSFER_REQUIREMENTS;
import static org.citymentor.goodpractice.GoodPracticeField.VOLUNTEERS;
import static org.citymentor.goodpractice.GoodPracticeField.WHO_DID_THE_WORK;

/**
 * The good-practice library of the demo: practices of the mentor cities named in the
 * source documents, written for the demo (two in Dutch), and one draft of Capaci's. The
 * contact people are invented.
 */
@Component
class DemoGoodPractices {

	static final String FIRST_TITLE = "Pleinmakers: samenleven op de pleinen van sociale woonwijken";

	private final GoodPractices goodPractices;

	private final Themes themes;

	DemoGoodPractices(GoodPractices goodPractices, Themes themes) {
		this.goodPractices = goodPractices;
		this.themes = themes;
	}

	void create(Map<String, Long> org, Map<String, Long> people) {
		if (this.goodPractices.existsWithTitle(FIRST_TITLE)) {
			return;
		}
		Long mechelenOfficer = people.get("mentor@mechelen.example.org");
		published(org.get("Mechelen"), mechelenOfficer, sheet(Set.of("nl"), themes("social-cohesion", "housing"),
				List.of(new GoodPracticeLink("https://www.vlaanderen.be/plan-samenleven", "Plan Samenleven")), TITLE,
				FIRST_TITLE, LOCATION, "Mechelen, sociale woonwijken", LEAD_ORGANISATIONS,
				"Stad Mechelen (dienst samenleven), samen met de sociale huisvestingsmaatschappij", CONTEXT,
				"In sommige sociale woonwijken leven bewoners naast elkaar in plaats van met elkaar. Nieuwe bewoners "
						+ "komen uit heel verschillende landen, oudere bewoners voelen hun buurt veranderen en kleine "
						+ "ergernissen over lawaai of afval groeien uit tot conflicten.",
				TARGET_GROUP, "Alle bewoners van de wijk, oud en nieuw, en de diensten die er werken.", AIMS,
				"Van het plein tussen de blokken opnieuw een ontmoetingsplek maken, het vertrouwen tussen bewoners "
						+ "herstellen en bewoners zelf laten meebeslissen over hun buurt.",
				PRECONDITIONS,
				"Er waren al buurtwerkers en een goede samenwerking met de huisvestingsmaatschappij; de stad had een "
						+ "diversiteitsbeleid dat inzet op ontmoeting.",
				MAIN_ACTIVITIES,
				"Pleinmakers zijn bewoners en buurtwerkers die samen het plein activeren: een wekelijks pleincafé met "
						+ "koffie en thee, spelnamiddagen voor kinderen, een bewonersoverleg per blok en kleine "
						+ "werkjes om het plein op te knappen. De coördinatie ligt bij één buurtwerker die de "
						+ "ideeën van bewoners bundelt.",
				WHO_DID_THE_WORK, "Buurtwerkers van de stad, vrijwillige bewoners, de huisvestingsmaatschappij.", STAFF,
				"Eén buurtwerker per wijk, voor een deel van de week.", VOLUNTEERS,
				"Een tiental bewoners per plein die mee organiseren.", BENEFICIARIES,
				"Bewoners kennen elkaar beter en spreken elkaar aan bij problemen in plaats van meteen te klagen.",
				SUCCESS_FACTORS,
				"Vaste momenten op een vaste plek, laagdrempelig, en bewoners die zelf het gezicht van het plein "
						+ "worden.",
				CHALLENGES,
				"Bewoners blijven betrekken na de eerste maanden; dat lukte door taken klein te houden en succesjes "
						+ "te vieren.",
				TRANSFER_REQUIREMENTS,
				"Een partner die de wijk beheert, een buurtwerker met tijd en een plek waar mensen elkaar kunnen "
						+ "ontmoeten.",
				DOS_AND_DONTS,
				"Doe: begin klein en luister eerst. Doe niet: een programma van bovenaf opleggen. Mechelen deelt de "
						+ "methode als mentor in het lerend netwerk van actie 22 van Plan Samenleven.",
				CONTACT_NAME, "Sofie Peeters", CONTACT_FUNCTION, "Beleidsmedewerker samenleven, stad Mechelen"));

		published(org.get("Mechelen"), mechelenOfficer, sheet(Set.of("en"),
				themes("social-cohesion", "participation", "reception-of-newcomers"), List.of(), TITLE,
				"Buddies for newcomers", LOCATION, "Mechelen, Belgium", LEAD_ORGANISATIONS,
				"City of Mechelen, with local associations", CONTEXT,
				"Newcomers often know few people outside their own community and find it hard to practise Dutch or "
						+ "to find their way in the city's services and leisure activities.",
				TARGET_GROUP,
				"Newcomers who have recently settled in the city, and residents who volunteer as buddies.", AIMS,
				"Give every newcomer who wants one a local buddy for a few months, to widen their network and "
						+ "help them take part in the life of the city.",
				MAIN_ACTIVITIES,
				"Volunteers are recruited and trained, then matched with a newcomer on shared interests. Buddies meet "
						+ "regularly for a few months: a walk, a coffee, a visit to the library or a sports club. A "
						+ "coordinator follows every pair and organises group meetings.",
				WHO_DID_THE_WORK,
				"The city's integration service coordinates; associations help to recruit buddies. In the Orient8 "
						+ "project Mechelen tested a digital tool that suggests matches on common ground.",
				VOLUNTEERS, "Local residents of all ages and backgrounds; some were newcomers themselves.",
				BENEFICIARIES,
				"Newcomers gain contacts, confidence and practice in Dutch; buddies learn about the lives of their "
						+ "new neighbours.",
				EVALUATION,
				"Pairs are asked about their experience at the end; the results feed the training of new buddies.",
				SUCCESS_FACTORS, "Careful matching, a clear time frame and a coordinator buddies can call on.", RISKS,
				"Volunteers drop out when they feel left alone, and pairs that do not click give up quickly.",
				TRANSFER_REQUIREMENTS,
				"A coordinator, a pool of volunteers and partners who can refer newcomers. Capaci adapted the approach "
						+ "as a pilot in its action plan during IncluCities.",
				DOS_AND_DONTS,
				"Do match on interests, not only on language. Don't expect buddies to solve legal or social problems: "
						+ "refer those to professionals.",
				CONTACT_NAME, "Sofie Peeters", CONTACT_FUNCTION, "Policy officer, City of Mechelen"));

		published(org.get("Schaerbeek"), people.get("mentor@schaerbeek.example.org"), sheet(Set.of("en"),
				themes("language-learning", "participation"), List.of(), TITLE,
				"A volunteer platform for learning French", LOCATION, "Schaerbeek, Brussels-Capital Region",
				LEAD_ORGANISATIONS, "Municipality of Schaerbeek", CONTEXT,
				"Many migrant residents want to improve their French but cannot attend classes at fixed hours, and "
						+ "classroom courses rarely let them practise in everyday situations.",
				TARGET_GROUP, "Adult migrants who want to practise French, and residents who want to volunteer.", AIMS,
				"Open everyday volunteering to migrants as a way to use and improve French.", MAIN_ACTIVITIES,
				"Within its CAMIM project the municipality built a platform that lists volunteering opportunities "
						+ "suited to people still learning French. It was designed after consultations with migrants "
						+ "and migrant organisations.",
				PARTNERS, "Migrant organisations, associations that take volunteers, language schools.", BENEFICIARIES,
				"Migrants gain practice, contacts and experience; associations find new volunteers.",
				TRANSFER_REQUIREMENTS,
				"Associations willing to welcome volunteers with basic language skills, and someone to keep the "
						+ "offers up to date. Schaerbeek shared this experience as mentor of Jelgava in IncluCities.",
				CONTACT_NAME, "Karim Benali", CONTACT_FUNCTION, "Integration officer, Municipality of Schaerbeek"));

		published(org.get("Fuenlabrada"), null, sheet(Set.of("en"),
				themes("anti-discrimination", "social-cohesion", "communication"), List.of(), TITLE,
				"An anti-rumours network", LOCATION, "Fuenlabrada, Community of Madrid", LEAD_ORGANISATIONS,
				"City of Fuenlabrada", CONTEXT,
				"False stories about migrants spread quickly and harm living together in the city's neighbourhoods.",
				TARGET_GROUP, "All residents, and the people who work with them every day.", AIMS,
				"Answer prejudice with facts and conversation before it turns into conflict.", MAIN_ACTIVITIES,
				"The city trains residents, staff and associations as anti-rumour agents who recognise common "
						+ "rumours and know how to start a calm conversation about them; it runs campaigns with "
						+ "local partners.",
				FUNDING, "City budget, with European projects such as Must-a-Lab (AMIF) for inclusive local methods.",
				SUCCESS_FACTORS, "Strong political commitment and being part of European networks.", CHALLENGES,
				"Keeping the network active over the years; the city meets this by bringing agents together "
						+ "regularly.",
				CONTACT_NAME, "Lucía Moreno", CONTACT_FUNCTION, "Social cohesion officer, City of Fuenlabrada"));

		published(org.get("Ghent"), null, sheet(Set.of("nl"), themes("anti-discrimination", "safety-in-public-space"),
				List.of(), TITLE, "Actieve omstaander: optreden als je racisme ziet", LOCATION, "Gent",
				LEAD_ORGANISATIONS, "Stad Gent en Amal, het Gentse integratieagentschap", CONTEXT,
				"Wie getuige is van racisme of discriminatie op straat, op het werk of in een café, weet vaak niet "
						+ "wat te doen en kijkt weg uit angst of onzekerheid.",
				TARGET_GROUP, "Inwoners, medewerkers van de stad en van organisaties die willen leren reageren.", AIMS,
				"Omstaanders het vertrouwen en de middelen geven om veilig en doeltreffend te reageren.",
				MAIN_ACTIVITIES,
				"Een workshop van een halve dag met rollenspelen rond vier manieren om te reageren: zelf direct iets "
						+ "doen, de aandacht afleiden, later reageren en de zaak doorgeven aan iemand anders. Sinds "
						+ "2021 maakt de workshop deel uit van het Gentse actieplan tegen racisme en discriminatie.",
				WHO_DID_THE_WORK, "Ervaren trainers van Amal.", BENEFICIARIES,
				"Deelnemers voelen zich zekerder om te reageren; slachtoffers staan er minder alleen voor.",
				SUCCESS_FACTORS, "Concrete oefeningen in plaats van theorie, en trainers met veel ervaring.",
				TRANSFER_REQUIREMENTS,
				"Getrainde begeleiders en een plan om de training breed aan te bieden. Via Plan Samenleven wordt ze "
						+ "sinds oktober 2022 ruimer in Vlaanderen aangeboden, met Gent als mentorstad.",
				DOS_AND_DONTS,
				"Doe: leg de nadruk op veiligheid, ook die van de omstaander. Doe niet: mensen leren dat er één juiste "
						+ "reactie bestaat.",
				CONTACT_NAME, "Jonas De Smet", CONTACT_FUNCTION, "Coördinator gelijke kansen, stad Gent"));

		published(org.get("Antwerp"), null, sheet(Set.of("en"), themes("language-learning"), List.of(), TITLE,
				"Practising Dutch outside the classroom", LOCATION, "Antwerp", LEAD_ORGANISATIONS,
				"City of Antwerp, with libraries, community centres and associations", CONTEXT,
				"Newcomers who follow Dutch courses have few chances to speak the language in daily life, so what "
						+ "they learn in class fades.",
				TARGET_GROUP, "Adults learning Dutch, at every level.", AIMS,
				"Offer many low-threshold chances to practise Dutch, close to where people live.", MAIN_ACTIVITIES,
				"Conversation tables, walks and activities where learners and volunteers speak Dutch together, "
						+ "gathered in one overview so that learners and their teachers can find them.",
				VOLUNTEERS, "Residents who speak Dutch and enjoy meeting people.", SUCCESS_FACTORS,
				"A varied offer at different times, and teachers who point their students to it.",
				TRANSFER_REQUIREMENTS,
				"Partners with meeting places and a way to keep the overview current. Antwerp mentors other "
						+ "municipalities on this action of Plan Samenleven.",
				CONTACT_NAME, "Nadia El Amrani", CONTACT_FUNCTION, "Language policy officer, City of Antwerp"));

		// a draft in progress: Capaci's own write-up of its buddy pilot, not ready to
		// publish
		this.goodPractices.create(org.get("Capaci"), new GoodPracticeData(
				texts(TITLE, "Tutti Capaci: a buddy pilot to reach our communities", LOCATION, "Capaci, Sicily",
						CONTEXT,
						"Part of the action plan Capaci wrote with its mentor Mechelen in IncluCities: reach and "
								+ "engage the town's different communities."),
				StartDate.ofMonth(2022, 6), themes("social-cohesion", "participation"), Set.of("en", "it"), List.of()),
				people.get("mentee@capaci.example.org"));
	}

	private void published(long organisationId, Long author, GoodPracticeData data) {
		long id = this.goodPractices.create(organisationId, data, author);
		List<GoodPracticeField> missing = this.goodPractices.publish(id, author);
		if (!missing.isEmpty()) {
			throw new IllegalStateException("demo sheet " + data.title() + " misses " + missing);
		}
	}

	private static GoodPracticeData sheet(Set<String> languages, Set<Long> themeIds, List<GoodPracticeLink> links,
			Object... fieldsAndTexts) {
		return new GoodPracticeData(texts(fieldsAndTexts), null, themeIds, languages, links);
	}

	private static Map<GoodPracticeField, String> texts(Object... fieldsAndTexts) {
		Map<GoodPracticeField, String> texts = new EnumMap<>(GoodPracticeField.class);
		for (int i = 0; i < fieldsAndTexts.length; i += 2) {
			texts.put((GoodPracticeField) fieldsAndTexts[i], (String) fieldsAndTexts[i + 1]);
		}
		return texts;
	}

	private Set<Long> themes(String... codes) {
		return Arrays.stream(codes).map(this.themes::idOf).collect(Collectors.toSet());
	}

}
