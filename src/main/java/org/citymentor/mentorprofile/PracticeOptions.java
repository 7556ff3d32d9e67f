package org.citymentor.mentorprofile;

import java.util.List;

import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.shared.web.Option;

import org.springframework.stereotype.Component;

/**
 * The good-practice sheets an organisation can point to from its mentor profile: those it
 * published in the library.
 */
@Component
class PracticeOptions {

	private final GoodPractices goodPractices;

	PracticeOptions(GoodPractices goodPractices) {
		this.goodPractices = goodPractices;
	}

	List<Option> of(long organisationId) {
		return this.goodPractices.publishedOptions(organisationId)
			.stream()
			.map((sheet) -> new Option(String.valueOf(sheet.id()), sheet.title()))
			.toList();
	}

}
