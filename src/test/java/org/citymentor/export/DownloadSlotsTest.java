package org.citymentor.export;

import java.nio.charset.StandardCharsets;

import org.citymentor.shared.web.DownloadSlots;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While every download slot is taken (large exports streaming), another download waits
 * its turn and then gets a clear "try again" page with a 503, and pages keep working;
 * once a slot is free the same download works, and a download gives its slot back.
 */
@CityMentorTest
class DownloadSlotsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DownloadSlots slots;

	@Test
	void aDownloadWhileEverySlotIsTakenGetsATryAgainPageAndPagesStillWork() throws Exception {
		long programme = ExportTestSupport.id(this.jdbc, "select id from programme where name = 'IncluCities'");
		String csv = "/programmes/" + programme + "/exports/groups.csv";
		int free = this.slots.available();
		assertThat(free).isPositive();
		int taken = 0;
		try {
			while (this.slots.tryTake()) {
				taken++;
			}
			String page = ExportTestSupport.as(this.mvc, this.users, "coordinator@cemr.example.org", get(csv))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("Many downloads are being prepared").contains("try the download again");
			ExportTestSupport
				.as(this.mvc, this.users, "coordinator@cemr.example.org", get("/programmes/" + programme + "/exports"))
				.andExpect(status().isOk());
		}
		finally {
			for (int i = 0; i < taken; i++) {
				this.slots.giveBack();
			}
		}
		ExportTestSupport.as(this.mvc, this.users, "coordinator@cemr.example.org", get(csv)).andExpect(status().isOk());
		assertThat(this.slots.available()).as("the download gave its slot back").isEqualTo(free);
	}

}
