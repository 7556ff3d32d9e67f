package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.citymentor.activity.Activities.Actor;
import org.citymentor.needs.FormFixtures;
import org.citymentor.supportnetwork.MemberData;
import org.citymentor.supportnetwork.MemberKind;
import org.citymentor.supportnetwork.Network;
import org.citymentor.supportnetwork.SupportNetworks;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CityMentorTest
class VisitParticipantsTest {

	@Autowired
	private VisitFixtures visits;

	@Autowired
	private FormFixtures forms;

	@Autowired
	private VisitParticipants participants;

	@Autowired
	private SupportNetworks networks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void peopleOfTheGroupNetworkMembersAndGuestsTakePart() throws Exception {
		VisitFixtures.Made v = this.visits.create(LocalDate.now().plusDays(40), VisitStatus.PLANNED);
		long networkMember = networkMember(v, "Amina Haddad");
		String page = this.forms.page(v.f().mentee(), v.base() + "/participants");
		assertThat(page).contains(v.f().mentee().displayName())
			.contains(v.f().mentor().displayName())
			.contains("Mentor town")
			.contains("Amina Haddad")
			.doesNotContain(v.f().outsider().displayName());

		this.forms
			.as(v.f().mentee(),
					post(v.base() + "/participants")
						.param("userId", String.valueOf(v.f().mentee().id()), String.valueOf(v.f().mentor().id()),
								String.valueOf(v.f().outsider().id()))
						.param("networkMemberId", String.valueOf(networkMember)))
			.andExpect(status().is3xxRedirection());
		assertThat(names(v)).containsExactly(v.f().mentee().displayName(), v.f().mentor().displayName(),
				"Amina Haddad");

		this.forms
			.as(v.f().mentee(),
					post(v.base() + "/participants/guests").param("name", " ").param("organisation", "Refugee council"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the name of the guest")))
			.andExpect(content().string(containsString("value=\"Refugee council\"")));
		this.forms
			.as(v.f().mentee(),
					post(v.base() + "/participants/guests").param("name", "Jonas Peeters")
						.param("organisation", "Refugee council"))
			.andExpect(status().is3xxRedirection());
		assertThat(names(v)).endsWith("Jonas Peeters");

		// a coordinator plans too, but never sees the names of a support network
		String coordinatorPage = this.forms.page(v.coordinator(), v.base() + "/participants");
		assertThat(coordinatorPage).contains(v.f().mentee().displayName()).doesNotContain("Amina Haddad");
		this.forms
			.as(v.coordinator(), post(v.base() + "/participants").param("userId", String.valueOf(v.f().mentee().id())))
			.andExpect(status().is3xxRedirection());
		assertThat(names(v)).containsExactly(v.f().mentee().displayName(), "Amina Haddad", "Jonas Peeters");
		this.forms.as(v.coordinator(), get(v.page()))
			.andExpect(content().string(containsString("Also taking part: one member of a support network")))
			.andExpect(content().string(not(containsString("Amina Haddad"))));
		this.forms.as(v.f().mentor(), get(v.page()))
			.andExpect(content().string(containsString("Amina Haddad")))
			.andExpect(content().string(containsString("Refugee council")));

		VisitParticipant guest = this.participants.of(v.visitId()).get(2);
		this.forms.as(v.f().mentee(), post(v.base() + "/participants/" + guest.id() + "/remove"))
			.andExpect(status().is3xxRedirection());
		assertThat(names(v)).containsExactly(v.f().mentee().displayName(), "Amina Haddad");
	}

	@Test
	void attendanceIsRecordedOnOneFormOnceTheVisitTookPlace() throws Exception {
		VisitFixtures.Made coming = this.visits.create(LocalDate.now().plusDays(40), VisitStatus.CONFIRMED);
		this.participants.addGuest(coming.visitId(), "Early bird", null);
		long early = this.participants.of(coming.visitId()).get(0).id();
		this.forms
			.as(coming.f().mentee(), post(coming.base() + "/participants/attendance").param("attended-" + early, "yes"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.participants.of(coming.visitId()).get(0).attended()).isNull();
		assertThat(this.forms.page(coming.f().mentee(), coming.base() + "/participants")).doesNotContain("Who came");

		VisitFixtures.Made held = this.visits.create(LocalDate.now().minusDays(20), VisitStatus.CONFIRMED);
		this.forms.as(held.f().mentee(), post(held.base() + "/participants").param("userId",
				String.valueOf(held.f().mentee().id()), String.valueOf(held.f().mentor().id())));
		this.participants.addGuest(held.visitId(), "Jonas Peeters", "Refugee council");
		List<VisitParticipant> all = this.participants.of(held.visitId());
		assertThat(this.forms.page(held.f().mentor(), held.base() + "/participants")).contains("Who came");
		this.forms
			.as(held.f().mentor(),
					post(held.base() + "/participants/attendance").param("attended-" + all.get(0).id(), "yes")
						.param("attended-" + all.get(1).id(), "no")
						.param("attended-" + all.get(2).id(), "yes")
						.param("attended-" + early, "no"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.participants.of(held.visitId()).stream().map(VisitParticipant::attended).toList())
			.containsExactly(true, false, true);
		assertThat(this.participants.of(coming.visitId()).get(0).attended()).isNull();
		this.forms.as(held.coordinator(), get(held.page())).andExpect(content().string(containsString("Did not come")));
	}

	@Test
	void outsidersGet404() throws Exception {
		VisitFixtures.Made v = this.visits.create(LocalDate.now().plusDays(40), VisitStatus.PLANNED);
		this.forms.as(v.f().outsider(), get(v.base() + "/participants")).andExpect(status().isNotFound());
		this.forms.as(v.f().outsider(), post(v.base() + "/participants/guests").param("name", "Intruder"))
			.andExpect(status().isNotFound());
		this.forms
			.as(v.f().outsider(),
					post(v.base() + "/participants").param("userId", String.valueOf(v.f().outsider().id())))
			.andExpect(status().isNotFound());
		assertThat(this.participants.of(v.visitId())).isEmpty();
	}

	private long networkMember(VisitFixtures.Made v, String name) {
		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(v.f().groupId())
			.query(Long.class)
			.single();
		return this.networks.addMember(
				new Network(programme, v.f().groupId(), v.f().menteeParticipant(), "Mentee"), new MemberData(name,
						"Refugee council", MemberKind.values()[0], Set.of(), null, null, false, LocalDate.now()),
				new Actor(null, "Test"));
	}

	private List<String> names(VisitFixtures.Made v) {
		return this.participants.of(v.visitId()).stream().map(VisitParticipant::name).toList();
	}

}
