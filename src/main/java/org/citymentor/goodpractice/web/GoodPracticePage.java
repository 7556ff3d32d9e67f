package org.citymentor.goodpractice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.citymentor.access.Access;
import org.citymentor.account.AccountService;
import org.citymentor.account.AccountService.Person;
import org.citymentor.goodpractice.GoodPracticeDetails;
import org.citymentor.goodpractice.GoodPracticeField;
import org.citymentor.goodpractice.GoodPracticeFiles;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a sheet's page shows, for the page itself and for an upload that is shown again
 * with its error.
 */
@Component
class GoodPracticePage {

	static final String VIEW = "good-practices/show";

	private final GoodPractices goodPractices;

	private final GoodPracticeFiles files;

	private final Organisations organisations;

	private final Themes themes;

	private final AccountService accounts;

	private final Access access;

	GoodPracticePage(GoodPractices goodPractices, GoodPracticeFiles files, Organisations organisations, Themes themes,
			AccountService accounts, Access access) {
		this.goodPractices = goodPractices;
		this.files = files;
		this.organisations = organisations;
		this.themes = themes;
		this.accounts = accounts;
		this.access = access;
	}

	/** Fills the model of the sheet's page; the person must be allowed to see it. */
	String show(long id, CurrentUser user, Model model, Locale locale) {
		this.access.requireViewGoodPractice(user, id);
		GoodPracticeDetails sheet = this.goodPractices.details(id);
		Map<Long, Person> people = this.accounts
			.people(Stream.of(sheet.createdBy(), sheet.updatedBy()).filter(Objects::nonNull).distinct().toList());
		boolean mayEdit = this.access.mayEditGoodPractice(user, id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("data", sheet.data());
		model.addAttribute("owner",
				this.organisations.summaries(List.of(sheet.ownerOrganisationId())).get(sheet.ownerOrganisationId()));
		model.addAttribute("themeLabels", this.themes.labels(sheet.data().themeIds(), locale).values());
		model.addAttribute("createdBy", name(people, sheet.createdBy()));
		model.addAttribute("updatedBy", name(people, sheet.updatedBy()));
		model.addAttribute("sections", GoodPracticeField.Section.values());
		model.addAttribute("files", this.files.of(id));
		model.addAttribute("uploadLimit", this.files.limitText());
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("missingToPublish",
				(mayEdit && sheet.isDraft()) ? GoodPractices.missingToPublish(sheet.data()) : List.of());
		return VIEW;
	}

	private static String name(Map<Long, Person> people, Long id) {
		Person person = (id != null) ? people.get(id) : null;
		return (person != null) ? person.displayName() : null;
	}

}
