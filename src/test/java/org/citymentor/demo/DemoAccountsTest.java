package org.citymentor.demo;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The eight demo accounts the README lists sign in with the demo password. */
@CityMentorTest
class DemoAccountsTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "admin@example.org", "coordinator@cemr.example.org", "coordinator@vvsg.example.org",
			"mentee@capaci.example.org", "mentor@mechelen.example.org", "mentee@jelgava.example.org",
			"mentor@schaerbeek.example.org", "facilitator@migrationwork.example.org" })
	void everyDemoAccountSignsIn(String email) throws Exception {
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(DemoData.PASSWORD))
			.andExpect(authenticated().withUsername(email))
			.andExpect(redirectedUrl("/"));
	}

}
