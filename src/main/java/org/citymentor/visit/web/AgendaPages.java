package org.citymentor.visit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citymentor.group.GroupDetails;
import org.citymentor.group.Groups;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.visit.Visit;
import org.citymentor.visit.VisitAccess;
import org.citymentor.visit.Visits;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the pages of a visit's agenda, participants and outcome share: who may read and
 * who may plan (the group's members and the programme's coordinators), the visit's
 * address and breadcrumbs.
 */
@Component
public class AgendaPages {

	private final VisitAccess access;

	private final Visits visits;

	private final Groups groups;

	private final Organisations organisations;

	private final MessageSource messages;

	AgendaPages(VisitAccess access, Visits visits, Groups groups, Organisations organisations, MessageSource messages) {
		this.access = access;
		this.visits = visits;
		this.groups = groups;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** A visit this person may see; 404 otherwise (outsiders, another group's visit). */
	Page read(long groupId, long visitId, CurrentUser user) {
		this.access.requireRead(user, groupId);
		Visit visit = this.visits.require(groupId, visitId);
		return new Page(visit, this.access.isMember(user, groupId), this.access.mayPlan(user, groupId));
	}

	/** A visit this person may plan; 404 for outsiders, 403 for readers who may not. */
	Page plan(long groupId, long visitId, CurrentUser user) {
		Page page = read(groupId, visitId, user);
		if (!page.mayPlan()) {
			throw new ForbiddenException();
		}
		return page;
	}

	/** For the fragments on the visit page: the signed-in person's view of the visit. */
	Page current(Visit visit) {
		CurrentUser user = currentUser();
		return new Page(visit, this.access.isMember(user, visit.groupId()), this.access.mayPlan(user, visit.groupId()));
	}

	/** The signed-in person's account id, or null. */
	Long currentUserId() {
		return (currentUser() != null) ? currentUser().id() : null;
	}

	private static CurrentUser currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getPrincipal() instanceof CurrentUser u) ? u : null;
	}

	GroupDetails group(long groupId) {
		return this.groups.details(groupId);
	}

	String hostName(Visit visit) {
		return (visit.hostOrganisationId() != null) ? this.organisations.details(visit.hostOrganisationId()).name()
				: null;
	}

	String organisationName(long organisationId) {
		return this.organisations.details(organisationId).name();
	}

	/** Group, visits, this visit: the breadcrumbs and back link of every page here. */
	void common(Page page, Locale locale, Model model) {
		GroupDetails group = group(page.visit().groupId());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb(this.messages.getMessage("nav.home", null, locale), "/"));
		crumbs.add(new Crumb(group.data().title(), "/groups/" + group.id()));
		crumbs.add(new Crumb(this.messages.getMessage("visit.agenda.crumb.visits", null, locale),
				"/groups/" + group.id() + "/visits"));
		String visitTitle = this.messages.getMessage("visit.agenda.visitN", new Object[] { page.visit().number() },
				locale);
		crumbs.add(new Crumb(visitTitle, page.base()));
		model.addAttribute("crumbs", crumbs);
		model.addAttribute("visit", page.visit());
		model.addAttribute("visitTitle", visitTitle);
		model.addAttribute("groupTitle", group.data().title());
		model.addAttribute("base", page.base());
		model.addAttribute("mayPlan", page.mayPlan());
		model.addAttribute("isMember", page.member());
	}

	/** A visit as one person sees it. */
	public record Page(Visit visit, boolean member, boolean mayPlan) {

		public String base() {
			return "/groups/" + this.visit.groupId() + "/visits/" + this.visit.id();
		}

	}

	/** One step of the breadcrumbs. */
	public record Crumb(String label, String path) {
	}

}
