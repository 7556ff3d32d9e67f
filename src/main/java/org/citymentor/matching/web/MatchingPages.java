package org.citymentor.matching.web;

import java.util.List;
import java.util.Optional;

import org.citymentor.access.Access;
import org.citymentor.matching.Application;
import org.citymentor.matching.Applications;
import org.citymentor.matching.Call;
import org.citymentor.matching.Calls;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who sees what of a call: its programme's coordinators (and admins) everything; a city
 * officer an open call and their own organisation's applications; anyone else 404.
 */
@Component
class MatchingPages {

	private final Access access;

	private final Calls calls;

	private final Applications applications;

	private final Organisations organisations;

	MatchingPages(Access access, Calls calls, Applications applications, Organisations organisations) {
		this.access = access;
		this.calls = calls;
		this.applications = applications;
		this.organisations = organisations;
	}

	boolean coordinates(CurrentUser user, Call call) {
		return this.access.coordinatesProgramme(user, call.programmeId());
	}

	/** The city the person applies for, if they work for a city. */
	Optional<OrganisationSummary> city(CurrentUser user) {
		return this.access.organisationOf(user)
			.map((id) -> this.organisations.summaries(List.of(id)).get(id))
			.filter((o) -> o != null && o.kind() == OrganisationKind.CITY);
	}

	Call readCall(CurrentUser user, long callId) {
		Call call = this.calls.find(callId).orElseThrow(NotFoundException::new);
		if (coordinates(user, call)) {
			return call;
		}
		Optional<OrganisationSummary> city = city(user);
		boolean applied = city.isPresent() && !this.applications.ofOrganisation(callId, city.get().id()).isEmpty();
		if ((city.isPresent() && call.acceptsApplications(this.calls.today())) || applied) {
			return call;
		}
		throw new NotFoundException();
	}

	Call manageCall(CurrentUser user, long callId) {
		Call call = readCall(user, callId);
		if (!coordinates(user, call)) {
			throw new ForbiddenException();
		}
		return call;
	}

	boolean isApplicant(CurrentUser user, Application application) {
		return this.access.organisationOf(user).filter((id) -> id == application.organisationId()).isPresent();
	}

	/** An application for its coordinators and its own city; 404 for anyone else. */
	Application readApplication(CurrentUser user, Call call, long applicationId) {
		Application application = this.applications.find(call.id(), applicationId).orElseThrow(NotFoundException::new);
		if (!coordinates(user, call) && !isApplicant(user, application)) {
			throw new NotFoundException();
		}
		return application;
	}

	/** Acting for the applying city: its own people only (403 for coordinators). */
	Application ownApplication(CurrentUser user, Call call, long applicationId) {
		Application application = readApplication(user, call, applicationId);
		if (!isApplicant(user, application)) {
			throw new ForbiddenException();
		}
		return application;
	}

	Calls calls() {
		return this.calls;
	}

	/** A breadcrumb. */
	record Crumb(String label, String path) {
	}

}
