package org.citymentor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.supportnetwork.MeetingData;
import org.citymentor.supportnetwork.MemberData;
import org.citymentor.supportnetwork.MemberKind;
import org.citymentor.supportnetwork.Network;
import org.citymentor.supportnetwork.NetworkRole;
import org.citymentor.supportnetwork.SupportNetworks;

import org.springframework.stereotype.Component;

/**
 * Capaci's local support network in IncluCities: invented people (first name and an
 * initial) from the kinds of organisations a small Sicilian town would gather, with their
 * consent, and the meeting that prepared the first visit.
 */
@Component
class DemoSupportNetwork {

	private final SupportNetworks networks;

	DemoSupportNetwork(SupportNetworks networks) {
		this.networks = networks;
	}

	void capaci(long programmeId, long groupId, long participantId, Actor officer) {
		Network network = new Network(programmeId, groupId, participantId, "Capaci");
		LocalDate consent = LocalDate.of(2021, 9, 20);
		List<Long> ids = new ArrayList<>();
		ids.add(add(network, officer,
				new MemberData("Rosalia M.", "San Rocco parish association", MemberKind.COMMUNITY_ASSOCIATION,
						EnumSet.of(NetworkRole.SPREAD_FINDINGS, NetworkRole.PREPARE_VISITS),
						"Runs the parish's after-school club and knows many families who arrived in recent years.",
						"rosalia.m@example.org", false, consent)));
		ids.add(add(network, officer, new MemberData("Amina D.", "Women of the world – migrant women's association",
				MemberKind.MIGRANT_ASSOCIATION,
				EnumSet.of(NetworkRole.SPREAD_FINDINGS, NetworkRole.EXCHANGES, NetworkRole.ACTION_PLAN),
				"Speaks for the women of the association and brings their questions about schools and health care.",
				"amina.d@example.org", true, consent)));
		ids.add(add(network, officer,
				new MemberData("Moussa K.", "Reception centre for asylum seekers (NGO)", MemberKind.NGO,
						EnumSet.of(NetworkRole.IDENTIFY_OFFER, NetworkRole.PREPARE_VISITS),
						"Cultural mediator; came to Capaci himself as a young man and now guides newcomers.",
						"091 555 0142", true, consent.plusDays(3))));
		ids.add(add(network, officer,
				new MemberData("Salvatore P.", "Capaci comprehensive school", MemberKind.PUBLIC_BODY,
						EnumSet.of(NetworkRole.IDENTIFY_OFFER, NetworkRole.FOLLOW_IMPLEMENTATION),
						"Head teacher; the school is where most families first meet the town.",
						"salvatore.p@example.org", false, consent)));
		ids.add(add(network, officer,
				new MemberData("Francesca L.", "Social services of the municipality", MemberKind.PUBLIC_BODY,
						EnumSet.of(NetworkRole.ACTION_PLAN, NetworkRole.FOLLOW_IMPLEMENTATION),
						"Social worker who follows the families supported by the municipality.",
						"francesca.l@example.org", false, consent)));
		add(network, officer, new MemberData("Giorgio B.", "Fishermen's cooperative", MemberKind.PRIVATE_SECTOR,
				EnumSet.of(NetworkRole.IDENTIFY_OFFER), "Offers work placements on the boats and in the fish market.",
				null, false, consent.plusDays(10)));
		add(network, officer,
				new MemberData("Elena T.", "University department of social sciences", MemberKind.ACADEMIC,
						EnumSet.of(NetworkRole.EXCHANGES), "Researches how small towns welcome newcomers.",
						"elena.t@example.org", false, consent.plusDays(10)));
		this.networks.addMeeting(network, new MeetingData(LocalDate.of(2021, 10, 14), Set.copyOf(ids),
				"Two officers of the municipality's social-policy department",
				"Preparing the first (online) visit of Mechelen: the network chose the people the mentors should "
						+ "hear, and Amina D. and Moussa K. offered to gather the questions of newcomers. "
						+ "The school proposed to present its reception classes."),
				officer);
	}

	private long add(Network network, Actor officer, MemberData data) {
		return this.networks.addMember(network, data, officer);
	}

}
