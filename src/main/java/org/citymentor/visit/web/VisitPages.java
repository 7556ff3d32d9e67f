package org.citymentor.visit.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.citymentor.form.FormScope.Crumb;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Option;
import org.citymentor.visit.VisitAccess;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every visit and meeting page needs: the group, its organisations, who may plan.
 */
@Component
class VisitPages {

	/** Time zones offered for visits and meetings: Europe's, and the display zone. */
	static final Set<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((z) -> z.startsWith("Europe/") || z.startsWith("America/") || z.startsWith("Africa/")
				|| z.startsWith("Asia/"))
		.collect(Collectors.toCollection(TreeSet::new));

	private final Groups groups;

	private final Programmes programmes;

	private final Organisations organisations;

	private final VisitAccess access;

	private final DisplayZone zone;

	VisitPages(Groups groups, Programmes programmes, Organisations organisations, VisitAccess access,
			DisplayZone zone) {
		this.groups = groups;
		this.programmes = programmes;
		this.organisations = organisations;
		this.access = access;
		this.zone = zone;
	}

	/** The group of a page for a reader (404 for outsiders), with the common model. */
	GroupDetails read(long groupId, CurrentUser user, Model model) {
		this.access.requireRead(user, groupId);
		GroupDetails group = this.groups.details(groupId);
		String programme = this.programmes.details(group.programmeId()).data().name();
		Map<Long, OrganisationSummary> names = this.organisations
			.summaries(group.participants().stream().map(GroupDetails.Participant::organisationId).toList());
		model.addAttribute("group", group);
		model.addAttribute("organisationNames",
				names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().name())));
		model.addAttribute("crumbs", List.of(new Crumb(programme, "/programmes/" + group.programmeId()),
				new Crumb(group.data().title(), "/groups/" + groupId)));
		model.addAttribute("mayPlan", this.access.mayPlan(user, groupId));
		model.addAttribute("isMember", this.access.isMember(user, groupId));
		return group;
	}

	/** The group of a page that plans (403 for readers who may not). */
	GroupDetails plan(long groupId, CurrentUser user, Model model) {
		this.access.requirePlan(user, groupId);
		return read(groupId, user, model);
	}

	/** The organisations of the group that may host a visit (not facilitators). */
	static List<Option> hosts(GroupDetails group, Map<Long, String> names) {
		return group.participants()
			.stream()
			.filter((p) -> p.role() != org.citymentor.group.ParticipantRole.FACILITATOR)
			.map((p) -> new Option(String.valueOf(p.organisationId()), names.getOrDefault(p.organisationId(), "")))
			.distinct()
			.toList();
	}

	String defaultZone() {
		return this.zone.zone().getId();
	}

}
