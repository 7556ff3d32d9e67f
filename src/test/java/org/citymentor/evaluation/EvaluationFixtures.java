package org.citymentor.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.shared.security.Role;
import org.citymentor.support.TestAccount;

import org.springframework.stereotype.Component;

/**
 * A fresh group for an evaluation test (see {@link FormFixture}), its paths, more members
 * when a test needs them, and the demo coordinator of IncluCities, the programme of every
 * fixture group.
 */
@Component
class EvaluationFixtures {

	private final FormFixtures forms;

	private final GroupMembers members;

	private final AccountService accounts;

	EvaluationFixtures(FormFixtures forms, GroupMembers members, AccountService accounts) {
		this.forms = forms;
		this.members = members;
		this.accounts = accounts;
	}

	FormFixture group() {
		return this.forms.create();
	}

	/** More officers of the mentee city in the group. */
	List<TestAccount> moreMembers(FormFixture f, int count) {
		List<TestAccount> added = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			TestAccount account = TestAccount.create(this.accounts, "member", Role.MEMBER);
			this.members.add(f.groupId(), f.menteeParticipant(), account.id(), MemberRole.OFFICER);
			added.add(account);
		}
		return added;
	}

	TestAccount coordinator() {
		String email = "coordinator@cemr.example.org";
		long id = this.accounts.findIdByEmail(email).orElseThrow();
		return new TestAccount(id, email, this.accounts.person(id).orElseThrow().displayName(), null);
	}

	static String base(FormFixture f) {
		return "/groups/" + f.groupId() + "/evaluation";
	}

	static String mentee(FormFixture f) {
		return base(f) + "/participants/" + f.menteeParticipant() + "/mentee";
	}

	static String mentor(FormFixture f) {
		return base(f) + "/participants/" + f.mentorParticipant() + "/mentor";
	}

}
