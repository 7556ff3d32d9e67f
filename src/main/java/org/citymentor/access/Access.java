package org.citymentor.access;

import java.util.List;

import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "may this person do X to this thing?". Out of sight answers 404, in
 * sight but not theirs to change answers 403 (decisions.md 1). It reads the membership
 * tables with plain SQL so that it depends on no other module.
 */
@Service
@Transactional(readOnly = true)
public class Access {

	private final JdbcClient jdbc;

	Access(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean mayViewProgramme(CurrentUser user, long programmeId) {
		return user != null && (user.isAdmin() || coordinates(user, programmeId));
	}

	public boolean mayEditProgramme(CurrentUser user, long programmeId) {
		return user != null && (user.isAdmin() || coordinates(user, programmeId));
	}

	public boolean mayCreateProgramme(CurrentUser user) {
		return user != null && user.isAdmin();
	}

	/**
	 * Admins and coordinators add organisations (a coordinator adds the cities of their
	 * programme).
	 */
	public boolean mayCreateOrganisation(CurrentUser user) {
		return user != null && (user.isAdmin() || user.isCoordinator());
	}

	/**
	 * Admins edit every organisation; a coordinator edits the organisations of their
	 * programmes and those they added themselves.
	 */
	public boolean mayEditOrganisation(CurrentUser user, long organisationId) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		if (!user.isCoordinator()) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from programme_coordinator pc join programme p on p.id = pc.programme_id
				               where pc.user_id = :user and p.coordinating_organisation_id = :org)
				    or exists (select 1 from organisation o where o.id = :org and o.created_by = :user)
				""").param("user", user.id()).param("org", organisationId).query(Boolean.class).single();
	}

	/** The programmes a person sees: all for admins, else those they coordinate. */
	public List<Long> visibleProgrammeIds(CurrentUser user) {
		if (user.isAdmin()) {
			return this.jdbc.sql("select id from programme").query(Long.class).list();
		}
		return this.jdbc.sql("select programme_id from programme_coordinator where user_id = ?")
			.param(user.id())
			.query(Long.class)
			.list();
	}

	public void requireViewProgramme(CurrentUser user, long programmeId) {
		if (!mayViewProgramme(user, programmeId)) {
			throw new NotFoundException();
		}
	}

	public void requireEditProgramme(CurrentUser user, long programmeId) {
		requireViewProgramme(user, programmeId);
		if (!mayEditProgramme(user, programmeId)) {
			throw new ForbiddenException();
		}
	}

	public void requireEditOrganisation(CurrentUser user, long organisationId) {
		if (!mayEditOrganisation(user, organisationId)) {
			throw new ForbiddenException();
		}
	}

	private boolean coordinates(CurrentUser user, long programmeId) {
		return this.jdbc
			.sql("select exists (select 1 from programme_coordinator where programme_id = ? and user_id = ?)")
			.params(programmeId, user.id())
			.query(Boolean.class)
			.single();
	}

}
