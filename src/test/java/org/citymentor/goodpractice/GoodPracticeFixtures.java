package org.citymentor.goodpractice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citymentor.account.AccountService;
import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Organisations, their officers and sheets for the good-practice tests: each test makes
 * its own, so the demo library stays as other tests expect it.
 */
final class GoodPracticeFixtures {

	private final Organisations organisations;

	private final AccountService accounts;

	private final UserDetailsService users;

	private final GoodPractices goodPractices;

	GoodPracticeFixtures(Organisations organisations, AccountService accounts, UserDetailsService users,
			GoodPractices goodPractices) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.users = users;
		this.goodPractices = goodPractices;
	}

	/** A city of its own, in the given country. */
	long city(String name, String country) {
		return this.organisations.create(new OrganisationData(name + " " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CITY, country, null, null, List.of("en")), null);
	}

	/** An officer of the organisation, signed in as the request's user. */
	UserDetails officer(long organisationId) {
		String email = TestAccount.uniqueEmail("officer");
		this.accounts.createAccount(email, "Officer " + organisationId, Role.MEMBER, "en", organisationId,
				TestAccount.PASSWORD);
		return this.users.loadUserByUsername(email);
	}

	UserDetails person(String email) {
		return this.users.loadUserByUsername(email);
	}

	/** A published sheet with the given texts besides those needed to publish. */
	long published(long organisationId, Set<Long> themeIds, GoodPracticeField field, String text, Object... more) {
		long id = draft(organisationId, themeIds, field, text, more);
		if (!this.goodPractices.publish(id, null).isEmpty()) {
			throw new IllegalStateException("not published");
		}
		return id;
	}

	long draft(long organisationId, Set<Long> themeIds, GoodPracticeField field, String text, Object... more) {
		Map<GoodPracticeField, String> texts = new EnumMap<>(GoodPracticeField.class);
		texts.put(GoodPracticeField.TITLE, "Sheet " + UUID.randomUUID());
		texts.put(GoodPracticeField.LOCATION, "Test town");
		texts.put(GoodPracticeField.CONTEXT, "A test sheet.");
		texts.put(GoodPracticeField.MAIN_ACTIVITIES, "Testing.");
		texts.put(field, text);
		for (int i = 0; i < more.length; i += 2) {
			texts.put((GoodPracticeField) more[i], (String) more[i + 1]);
		}
		return this.goodPractices.create(organisationId,
				new GoodPracticeData(texts, null, themeIds, Set.of("en"), List.of()), null);
	}

}
