package org.citymentor.visit;

import java.time.LocalDate;

import org.citymentor.account.AccountService;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A group with a visit of its own for a test, and a coordinator of its programme (see
 * {@link FormFixture} for the group and its people).
 */
@Component
class VisitFixtures {

	private final FormFixtures forms;

	private final Visits visits;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	VisitFixtures(FormFixtures forms, Visits visits, AccountService accounts, JdbcClient jdbc) {
		this.forms = forms;
		this.visits = visits;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A two-day on-site visit in the mentee city, from the given day. */
	Made create(LocalDate startsOn, VisitStatus status) {
		FormFixture f = this.forms.create();
		long visitId = this.visits.create(f.groupId(),
				new VisitData(1, f.menteeCity(), VisitMode.ON_SITE, null, "Town hall", startsOn, startsOn.plusDays(1),
						"Europe/Rome", "Sketch the context of the mentee city",
						"Who are the newcomers and where do they meet residents?", status),
				"Test");
		TestAccount coordinator = TestAccount.create(this.accounts, "coordinator", Role.COORDINATOR);
		this.jdbc.sql("""
				insert into programme_coordinator (programme_id, user_id)
				select programme_id, ? from mentoring_group where id = ?
				""").params(coordinator.id(), f.groupId()).update();
		return new Made(f, visitId, startsOn, coordinator);
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
