package org.citymentor.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citymentor.access.Access;
import org.citymentor.access.ViewerAccess;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.ProgrammeSummary;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * After sign-in: the programmes the person belongs to, or what to do when there are none.
 */
@Controller
class HomeController {

	private final Access access;

	private final Programmes programmes;

	private final Organisations organisations;

	private final Clock clock;

	private final MyWork myWork;

	HomeController(Access access, Programmes programmes, Organisations organisations, MyWork myWork, Clock clock) {
		this.myWork = myWork;
		this.access = access;
		this.programmes = programmes;
		this.organisations = organisations;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		ViewerAccess viewer = this.access.viewerAccess(user);
		// everyone's programmes for admins, else what the person coordinates or has a
		// group
		// in
		List<ProgrammeSummary> visible = this.programmes
			.summaries(user.isAdmin() ? this.access.visibleProgrammeIds(user)
					: java.util.stream.Stream
						.concat(viewer.coordinatedProgrammes().stream(), viewer.memberProgrammes().stream())
						.distinct()
						.toList());
		model.addAttribute("user", user);
		model.addAttribute("programmes", visible);
		model.addAttribute("organisationNames", this.organisations
			.summaries(visible.stream().map(ProgrammeSummary::coordinatingOrganisationId).distinct().toList()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("mayCreateProgramme", this.access.mayCreateProgramme(user));
		model.addAttribute("myGroups", this.myWork.groupsOf(viewer));
		return "home/home";
	}

}
