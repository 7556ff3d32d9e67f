package org.citymentor.visit;

import org.citymentor.access.Access;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A stand-in for the visit page in tests: it includes the agenda, participants and
 * outcome fragments the way the real page does, with the same access check.
 */
@Controller
class VisitPageStub {

	private final Access access;

	private final Visits visits;

	VisitPageStub(Access access, Visits visits) {
		this.access = access;
		this.visits = visits;
	}

	@GetMapping("/test-support/groups/{groupId}/visits/{visitId}")
	String page(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.access.requireViewGroup(user, groupId);
		model.addAttribute("visit", this.visits.require(groupId, visitId));
		return "test/visit-parts";
	}

}
