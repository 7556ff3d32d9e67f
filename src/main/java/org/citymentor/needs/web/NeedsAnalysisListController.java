package org.citymentor.needs.web;

import java.util.List;
import java.util.Map;

import org.citymentor.access.Access;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.needs.NeedsAnalyses;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The needs analyses of a group: a member of a mentee city goes straight to their own;
 * others see each mentee city's analysis with its status (decisions.md 6).
 */
@Controller
class NeedsAnalysisListController {

	private final Access access;

	private final Groups groups;

	private final NeedsAnalyses analyses;

	private final Organisations organisations;

	NeedsAnalysisListController(Access access, Groups groups, NeedsAnalyses analyses, Organisations organisations) {
		this.access = access;
		this.groups = groups;
		this.analyses = analyses;
		this.organisations = organisations;
	}

	@GetMapping("/groups/{id}/needs-analysis")
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireViewGroup(user, id);
		List<NeedsAnalyses.Progress> progress = this.analyses.of(List.of(id)).getOrDefault(id, List.of());
		Long own = this.access.memberParticipantId(user, id).orElse(null);
		for (NeedsAnalyses.Progress p : progress) {
			if (own != null && own == p.participantId()) {
				return "redirect:/groups/" + id + "/participants/" + p.participantId() + "/needs-analysis";
			}
		}
		GroupDetails group = this.groups.details(id);
		Map<Long, OrganisationSummary> names = this.organisations
			.summaries(progress.stream().map(NeedsAnalyses.Progress::organisationId).toList());
		model.addAttribute("group", group);
		model.addAttribute("analyses", progress);
		model.addAttribute("names", names);
		return "needs/list";
	}

}
