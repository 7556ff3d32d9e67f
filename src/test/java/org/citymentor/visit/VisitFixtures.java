package org.citymentor.visit;

import java.time.LocalDate;

import org.citymentor.account.AccountService;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.TestAccount;

import org.springframework.stereotype.Component;

/**
 * A group with a visit of its own for a test, and the coordinator of its programme (see
 * {@link FormFixture} for the group and its people).
 */
@Component
class VisitFixtures {

	private final FormFixtures forms;

	private final Visits visits;

	private final AccountService accounts;

	VisitFixtures(FormFixtures forms, Visits visits, AccountService accounts) {
		this.forms = forms;
		this.visits = visits;
		this.accounts = accounts;
	}

	/** A two-day on-site visit in the mentee city, from the given day. */
	Made create(LocalDate startsOn, VisitStatus status) {
		FormFixture f = this.forms.create();
		long visitId = this.visits.create(f.groupId(),
				new VisitData(1, f.menteeCity(), VisitMode.ON_SITE, null, "Town hall", startsOn, startsOn.plusDays(1),
						"Europe/Rome", "Sketch the context of the mentee city",
						"Who are the newcomers and where do they meet residents?", status),
				"Test");
		return new Made(f, visitId, startsOn, coordinator());
	}

	/**
	 * The demo coordinator of IncluCities, the programme of every fixture group: tests
	 * share the database, so they add no coordinator of their own to it.
	 */
	private TestAccount coordinator() {
		String email = "coordinator@cemr.example.org";
		long id = this.accounts.findIdByEmail(email).orElseThrow();
		return new TestAccount(id, email, this.accounts.person(id).orElseThrow().displayName(), null);
	}

	/** A visit made for a test. */
	record Made(FormFixture f, long visitId, LocalDate startsOn, TestAccount coordinator) {

		String base() {
			return "/groups/" + this.f.groupId() + "/visits/" + this.visitId;
		}

		/** The visit page, which includes the agenda, participants and outcome. */
		String page() {
			return base();
		}

	}

}
