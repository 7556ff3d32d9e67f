package org.citymentor.mentorprofile;

import java.util.List;

import org.citymentor.shared.web.Option;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The good-practice sheets an organisation can point to from its mentor profile. */
@Component
class PracticeOptions {

	private final JdbcClient jdbc;

	PracticeOptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Option> of(long organisationId) {
		return List.of();
	}

}
