package org.citymentor.supportnetwork;

import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing a member someone removed meanwhile loses nothing: the typed details come back
 * on the "add a member" form with an explanation.
 */
@CityMentorTest
class RemovedMeanwhileTest {

	@Autowired
	FormFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTypedDetailsComeBackToBeAddedAgain() throws Exception {
		FormFixture f = this.fixtures.create();
		String network = "/groups/" + f.groupId() + "/participants/" + f.menteeParticipant() + "/support-network";
		String html = this.fixtures
			.as(f.mentee(),
					post(network + "/members/999999999").param("name", "Kept name")
						.param("organisation", "Kept organisation")
						.param("version", "3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#removed-title")).isNotEmpty();
		assertThat(page.select("input#name").val()).isEqualTo("Kept name");
		assertThat(page.select("main form").attr("action")).endsWith(network + "/members");
		assertThat(this.jdbc.sql("select count(*) from support_network_member where participant_id = ?")
			.param(f.menteeParticipant())
			.query(Long.class)
			.single()).isZero();
	}

}
