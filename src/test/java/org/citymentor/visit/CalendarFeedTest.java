package org.citymentor.visit;

import java.time.LocalDate;
import java.util.List;

import org.citymentor.needs.FormFixture;
import org.citymentor.support.CityMentorTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citymentor.visit.CalendarFixtures.events;
import static org.citymentor.visit.CalendarFixtures.value;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's calendar feed: a secret address that works without signing in, holds the
 * visits and meetings of their own groups only, and stops working once replaced or
 * stopped.
 */
@CityMentorTest
class CalendarFeedTest {

	@Autowired
	CalendarFixtures calendars;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFeedHoldsTheVisitsAndMeetingsOfOnesOwnGroupsWithoutSigningIn() throws Exception {
		FormFixture f = this.calendars.group();
		FormFixture other = this.calendars.group();
		long visit = this.calendars.visit(f, 1, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11),
				VisitStatus.PLANNED);
		long meeting = this.calendars.meeting(f, "Between the visits", LocalDate.of(2026, 4, 1), null, null,
				"Europe/Rome");
		long otherVisit = this.calendars.visit(other, 1, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11),
				VisitStatus.PLANNED);

		Document created = page(this.calendars.requests()
			.as(f.mentor(), post("/account/calendar"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String url = created.select("input#feed-url").val();
		assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
		String path = url.substring("http://localhost:8080".length());

		String ics = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> uids = events(ics).stream().map((e) -> value(e, "UID")).toList();
		assertThat(uids).contains("visit-" + visit + "@citymentor", "meeting-" + meeting + "@citymentor")
			.doesNotContain("visit-" + otherVisit + "@citymentor");

		byte[] stored = this.jdbc.sql("select token_hash from calendar_feed where user_id = ?")
			.param(f.mentor().id())
			.query(byte[].class)
			.single();
		String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
		assertThat(stored).as("only the hash is stored").isEqualTo(CalendarTokens.hash(token)).hasSize(32);

		Document later = page(this.calendars.requests().page(f.mentor(), "/account/calendar"));
		assertThat(later.select("input#feed-url")).as("the address is shown once").isEmpty();
		assertThat(later.text()).contains("Replace the address").contains("Stop the feed");
	}

	@Test
	void aReplacedOrStoppedAddressAnswers404() throws Exception {
		FormFixture f = this.calendars.group();
		String first = createFeed(f);
		this.mvc.perform(get(first)).andExpect(status().isOk());

		String second = createFeed(f);
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(first)).andExpect(status().isNotFound());
		this.mvc.perform(get(second)).andExpect(status().isOk());

		this.calendars.requests().as(f.mentee(), post("/account/calendar/stop")).andExpect(status().isFound());
		// the mentee stopping their own feed leaves the mentor's alone
		this.mvc.perform(get(second)).andExpect(status().isOk());
		this.calendars.requests().as(f.mentor(), post("/account/calendar/stop")).andExpect(status().isFound());
		this.mvc.perform(get(second)).andExpect(status().isNotFound());
		assertThat(page(this.calendars.requests().page(f.mentor(), "/account/calendar")).text())
			.contains("Create a feed address");
	}

	@Test
	void unknownAddressesAnswer404() throws Exception {
		this.mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/short.ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/" + "A".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void theFeedPageNeedsSigningIn() throws Exception {
		this.mvc.perform(get("/account/calendar")).andExpect(status().is3xxRedirection());
	}

	private String createFeed(FormFixture f) throws Exception {
		String html = this.calendars.requests()
			.as(f.mentor(), post("/account/calendar"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page(html).select("input#feed-url").val().substring("http://localhost:8080".length());
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

}
